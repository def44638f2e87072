#!/usr/bin/env node
import { main } from '../dist/bundle/ctx-audit.js'; main();
