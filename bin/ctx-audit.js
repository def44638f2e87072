#!/usr/bin/env node
import { main } from '../dist/ctx-audit.mjs'; main();
