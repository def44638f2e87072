// Size and secret findings on a file a COPY/ADD puts in the image name that instruction and rank
// one level higher. Lines are counted by hand from the Dockerfiles below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { auditTree } from '../rules/ctx0-harness.js';

const df = (...lines: string[]) => ({ Dockerfile: lines.join('\n') + '\n' });
// An .env that holds a real-looking secret (CTX201 reads small files for evidence), made at test time.
const realEnv = () => `API_TOKEN=${randomBytes(12).toString('hex')}\n`;
const MB = 1000 * 1000;

test('CTX001: a large file a COPY of a directory or of the context sweeps in is an error and names the COPY line; one not copied stays a warning', () => {
  const { findings } = auditTree({
    files: [],
    fileContents: df('FROM alpine', 'WORKDIR /app', 'COPY data ./'),
    contents: { 'data/big.bin': 2 * MB, 'other.bin': 2 * MB },
    dockerignore: '',
  }, { settings: { maxFileSize: MB } });
  const ctx001 = findings.filter((f) => f.ruleId === 'CTX001').map((f) => [f.path, f.severity, f.data.copiedBy]);
  assert.deepEqual(ctx001, [
    ['data/big.bin', 'error', [{ file: 'Dockerfile', line: 3 }]],
    ['other.bin', 'warning', undefined],
  ]);
  const big = findings.find((f) => f.path === 'data/big.bin');
  assert.match(big!.message, /copied into the image by Dockerfile:3$/);
});

// kestra's `COPY docker/app/kestra /app/kestra` (the executable jar CI copies there), databend's
// `COPY ./distro/$TARGETPLATFORM/databend-query`: the product the image ships; no .dockerignore line can drop it.
test('CTX001: a large file a COPY source names itself (literally, through an ARG, or by a pattern like *.jar) is info, not raised', () => {
  const sev = (copy: string, file = 'build/app.jar') =>
    auditTree({ files: ['src/a.java'], fileContents: df('FROM alpine', 'ARG DIR=build', copy), contents: { [file]: 2 * MB }, dockerignore: '' }, { settings: { maxFileSize: MB } })
      .findings.filter((f) => f.ruleId === 'CTX001')
      .map((f) => [f.severity, f.data.named ?? false, f.message]);
  const named = sev('COPY build/app.jar /app/');
  assert.deepEqual(named.map(([s, n]) => [s, n]), [['info', true]]);
  assert.match(String(named[0][2]), /; a COPY\/ADD source names it, so the build needs it and every build uploads it \(raise --max-file-size to leave it out\); copied into the image by Dockerfile:3$/);
  assert.deepEqual(sev('COPY ${DIR}/app.jar /app/').map(([s]) => s), ['info']);
  assert.deepEqual(sev('COPY build/*.jar /app/').map(([s]) => s), ['info']);
  // A directory, a bare wildcard or the whole context sweeps it in: raised.
  assert.deepEqual(sev('COPY build /app/').map(([s]) => s), ['error']);
  assert.deepEqual(sev('COPY build/* /app/').map(([s]) => s), ['error']);
  assert.deepEqual(sev('COPY . /app/').map(([s]) => s), ['error']);
});

test('CTX003: a heavy directory reached by a directory COPY is raised; the line of every COPY that reaches it is listed in order', () => {
  const { findings } = auditTree({
    // node_modules/b is not named by any COPY: node_modules/a alone would be intent (src/rules/deliberate.ts).
    files: ['node_modules/a/index.js', 'node_modules/b/index.js', 'src/x.js'],
    fileContents: df('FROM alpine', 'COPY src /src', 'COPY . /app', 'COPY node_modules/a /a'),
    dockerignore: '',
  });
  const f = findings.find((x) => x.ruleId === 'CTX003');
  assert.equal(f?.severity, 'error');
  // Line 4 names node_modules/a (intent, left out of the finding); line 3 is what ships node_modules/b.
  assert.deepEqual(f?.data.copiedBy, [{ file: 'Dockerfile', line: 3 }]);
});

test('a bind mount reads the file during one step without storing it: no ranking', () => {
  const { findings } = auditTree({
    files: ['node_modules/a/index.js', 'node_modules/.cache/x'],
    fileContents: df('FROM alpine', 'RUN --mount=type=bind,source=node_modules/a,target=/nm ls /nm'),
    dockerignore: '',
  });
  const f = findings.find((x) => x.ruleId === 'CTX003');
  assert.equal(f?.severity, 'warning');
  assert.equal(f?.data.copiedBy, undefined);
});

test('CTX201: a copied secret says so; a secret severity lowered in the config is raised one level when copied', () => {
  const shape = { files: ['.env', 'deploy/id_rsa'], fileContents: { ...df('FROM alpine', 'COPY .env /app/'), '.env': realEnv() }, dockerignore: '' };
  const { findings } = auditTree(shape, { findings: { severity: { CTX201: 'warning' } } });
  const ctx201 = findings.filter((f) => f.ruleId === 'CTX201').map((f) => [f.path, f.severity]);
  assert.deepEqual(ctx201, [
    ['.env', 'error'],
    ['deploy/id_rsa', 'warning'],
  ]);
});

test('only stages the target needs count: a COPY in an unused stage does not rank', () => {
  const { findings } = auditTree(
    { files: ['.env'], fileContents: { ...df('FROM alpine AS leak', 'COPY .env /x', 'FROM alpine AS app', 'RUN true'), '.env': realEnv() }, dockerignore: '' },
    { target: 'app', findings: { severity: { CTX201: 'info' } } },
  );
  const f = findings.find((x) => x.ruleId === 'CTX201');
  assert.equal(f?.severity, 'info');
  assert.equal(f?.data.copiedBy, undefined);
});

// Issue 14 item 1: "copied into the image" means the image that is shipped.
test('a COPY into a build stage whose result is only partly taken keeps the rule severity and names the stage', () => {
  const { findings } = auditTree({
    files: ['node_modules/a/index.js', 'src/x.js'],
    fileContents: df('FROM node AS build', 'WORKDIR /src', 'COPY . .', 'RUN make', 'FROM alpine', 'COPY --from=build /src/out /out'),
    dockerignore: '',
  });
  const f = findings.find((x) => x.ruleId === 'CTX003');
  assert.equal(f?.severity, 'warning');
  assert.equal(f?.data.copiedBy, undefined);
  assert.deepEqual(f?.data.copiedIntoStage, [{ file: 'Dockerfile', line: 3, stage: 'build' }]);
  assert.match(f!.message, /copied into build stage `build` by Dockerfile:3/);
});

// A sweep's repro (inbox-zero's wording): `COPY package.json .npmrc ./` into a builder stage the image
// takes only /app/sub/x from. The other source of the instruction (package.json) does not take .npmrc,
// and its unknown landing made the COPY count as putting .npmrc in the image: an error.
test('a COPY of several sources into a build stage: only the source that takes the path decides where it lands', () => {
  const { findings } = auditTree({
    files: ['package.json'],
    fileContents: df('FROM node AS b', 'WORKDIR /app', 'COPY package.json data ./', 'RUN mkdir -p sub && touch sub/x', 'FROM alpine', 'COPY --from=b /app/sub/x ./'),
    contents: { 'data/big.bin': 2 * MB },
    dockerignore: '',
  }, { settings: { maxFileSize: MB } });
  const f = findings.find((x) => x.ruleId === 'CTX001');
  assert.equal(f?.severity, 'warning');
  assert.equal(f?.data.copiedBy, undefined);
  assert.deepEqual(f?.data.copiedIntoStage, [{ file: 'Dockerfile', line: 3, stage: 'b' }]);
  // Carried on by a COPY --from of where it landed: in the image.
  const shipped = auditTree({
    files: ['package.json'],
    fileContents: df('FROM node AS b', 'WORKDIR /app', 'COPY package.json data ./', 'FROM alpine', 'COPY --from=b /app/big.bin ./'),
    contents: { 'data/big.bin': 2 * MB },
    dockerignore: '',
  }, { settings: { maxFileSize: MB } }).findings.find((x) => x.ruleId === 'CTX001');
  assert.equal(shipped?.severity, 'error');
});

test('COPY --from=<stage> whose source covers where the file landed ships it: still an error', () => {
  for (const [copyFrom, expected] of [
    ['COPY --from=build /src /app', 'error'],
    ['COPY --from=build / /app', 'error'],
    ['COPY --from=build /src/node_modules /nm', 'error'],
    ['COPY --from=build /src/node_modules/a/index.js /x', 'error'],
    ['COPY --from=build /src/n* /x/', 'error'],
    ['COPY --from=build /src/out /out', 'warning'],
    ['COPY --from=build /srcs /out', 'warning'],
  ] as const) {
    const { findings } = auditTree({
      files: ['node_modules/a/index.js'],
      // The build installs its own packages: the sent node_modules is junk (with no install, the
      // image would run on it, and CTX003 says so at a warning).
      fileContents: df('FROM node AS build', 'WORKDIR /src', 'COPY . .', 'RUN npm ci', 'FROM alpine', copyFrom),
      dockerignore: '',
    });
    const f = findings.find((x) => x.ruleId === 'CTX003');
    assert.equal(f?.severity, expected, copyFrom);
  }
});

// healthchecks: `COPY . /opt/healthchecks/`, `RUN rm -rf /opt/healthchecks/.git` in the builder
// stage, then `COPY --from=builder /opt/healthchecks/ /opt/healthchecks/`: a CTX003 error on .git.
test('a RUN of the build stage that deletes the copied path before COPY --from takes the rest: not shipped; in the image\'s own stage the layer keeps it', () => {
  const ctx003 = (...lines: string[]) =>
    auditTree({ files: ['node_modules/a/index.js', 'src/x.js'], fileContents: df(...lines), dockerignore: '' }).findings.find((x) => x.ruleId === 'CTX003')?.severity;
  const shipped = (run: string, workdir = 'WORKDIR /src') => ctx003('FROM node AS build', workdir, 'COPY . .', 'RUN npm ci', run, 'FROM alpine', 'COPY --from=build /src /app');
  assert.equal(shipped('RUN rm -rf /src/node_modules'), 'warning');
  assert.equal(shipped('RUN npm prune && rm -rf node_modules && echo done'), 'warning'); // relative to WORKDIR
  assert.equal(shipped('RUN rm -r -f /src'), 'warning'); // a directory above it
  assert.equal(shipped('RUN rm -rf $NM'), 'error'); // a variable: not read
  assert.equal(shipped('RUN rm /src/node_modules'), 'error'); // no -r: rm fails on a directory, nothing is deleted
  assert.equal(shipped('RUN rm -rf /src/node_modules/a/other.js'), 'error'); // something below it only
  assert.equal(shipped('RUN rm -rf node_modules', 'WORKDIR /elsewhere\nWORKDIR /src'), 'warning');
  assert.equal(shipped('RUN cd /tmp && rm -rf node_modules'), 'error'); // relative to /tmp after the cd, not /src
  assert.equal(shipped('RUN cd /tmp && rm -rf /src/node_modules'), 'warning'); // an absolute path is where it says
  // Deleted before the COPY: the COPY brings it back.
  assert.equal(ctx003('FROM node AS build', 'WORKDIR /src', 'RUN rm -rf /src/node_modules', 'COPY . .', 'RUN npm ci', 'FROM alpine', 'COPY --from=build /src /app'), 'error');
  // In the target stage the COPY's layer holds it whatever a later RUN deletes.
  assert.equal(ctx003('FROM alpine', 'WORKDIR /src', 'COPY . .', 'RUN rm -rf /src/node_modules'), 'error');
});

test('a file carried through two build stages by COPY --from still reaches the image; WORKDIR and relative destinations count', () => {
  const { findings } = auditTree(
    {
      files: ['.env', 'src/a.ts'],
      fileContents: { ...df('FROM node AS deps', 'WORKDIR /w', 'COPY .env ./conf/', 'FROM node AS mid', 'COPY --from=deps /w/conf /c', 'FROM alpine', 'COPY --from=mid /c/.env /e'), '.env': realEnv() },
      dockerignore: '',
    },
    { findings: { severity: { CTX201: 'warning' } } },
  );
  const f = findings.find((x) => x.ruleId === 'CTX201' && x.path === '.env');
  assert.equal(f?.severity, 'error');
  // The message says how it got there: COPY at line 3, then COPY --from at 5 and 7.
  assert.deepEqual(f?.data.copiedBy, [{ file: 'Dockerfile', line: 3, via: [5, 7] }]);
  assert.match(f!.message, /copied into the image by Dockerfile:3 \(into a build stage; shipped by the COPY --from at line 5, then 7\)/);
});

// LAION-AI/Open-Assistant's Dockerfile.website: `COPY website/ .` into the builder, `npm run build`
// (next.config.js: output "standalone"), then `COPY --from=builder /app/.next/standalone ./`. next build
// copies the .env files it loaded into .next/standalone, so the committed website/.env ships; CTX201
// said "no COPY --from brings this path into the image". Another file there is not carried.
test('a .env beside a Next.js app a build stage builds is shipped by a COPY --from of its .next/standalone', () => {
  const { findings } = auditTree({
    files: ['website/.env', 'website/.env.production', 'website/.env.local', 'website/app.js', 'website/package.json'],
    fileContents: {
      ...df('FROM node:20 AS builder', 'WORKDIR /app', 'COPY website/ .', 'RUN npm ci && npm run build', 'FROM node:20-alpine', 'WORKDIR /app', 'COPY --from=builder /app/.next/standalone ./', 'CMD ["node", "server.js"]'),
      'website/.env': realEnv(),
      'website/.env.production': realEnv(),
      // next build's standalone copy takes .env and .env.production only (review of a57fc76).
      'website/.env.local': realEnv(),
    },
    dockerignore: '',
  });
  const f = findings.filter((x) => x.ruleId === 'CTX201').map((x) => [x.path, x.severity, x.data.copiedBy ?? null]);
  assert.deepEqual(f, [
    ['website/.env', 'error', [{ file: 'Dockerfile', line: 3, via: [7] }]],
    ['website/.env.local', 'error', null],
    ['website/.env.production', 'error', [{ file: 'Dockerfile', line: 3, via: [7] }]],
  ]);
  assert.match(findings.find((x) => x.path === 'website/.env.local')?.message ?? '', /copied into build stage `builder`/);
  // A COPY --from of another directory of the stage does not carry it.
  const other = auditTree({ files: ['website/.env', 'website/app.js'], fileContents: { ...df('FROM node:20 AS builder', 'WORKDIR /app', 'COPY website/ .', 'FROM node:20-alpine', 'COPY --from=builder /app/dist ./'), 'website/.env': realEnv() }, dockerignore: '' });
  assert.deepEqual(other.findings.filter((x) => x.ruleId === 'CTX201').map((x) => [x.data.copiedBy ?? null, /copied into build stage/.test(x.message)]), [[null, true]]);
});

test('a stage built FROM the build stage holds its files: the final image built FROM it ships them', () => {
  const { findings } = auditTree({
    files: ['node_modules/a/index.js'],
    fileContents: df('FROM node AS build', 'COPY . /src', 'RUN cd /src && npm ci', 'FROM build AS app', 'RUN true'),
    dockerignore: '',
  });
  assert.equal(findings.find((x) => x.ruleId === 'CTX003')?.severity, 'error');
});

test('CTX003: the COPYs that bring in files on purpose do not raise what else sits in the directory', () => {
  const { findings } = auditTree({
    files: ['target/dependency/lib/a.jar', 'target/app.jar'],
    fileContents: df('FROM eclipse-temurin', 'COPY target/dependency/lib /app/lib'),
    dockerignore: '',
  });
  const f = findings.find((x) => x.ruleId === 'CTX003');
  assert.deepEqual([f?.severity, f?.data.files, f?.data.deliberate, f?.data.copiedBy], ['warning', 1, 1, undefined]);
});

// deepfence/ThreatMapper: agent-binary/Dockerfile.fargate `ARG AGENT_BINARY_BUILD_RELATIVE` (no
// default) then `COPY $AGENT_BINARY_BUILD_RELATIVE /deepfence`, and deepfence_worker's `COPY
// ./${AGENT_BINARY_DIST_RELATIVE}/* /opt/deepfence/`: with the ARG empty they take the whole context,
// which no real build does (each passes it); a committed kubeconfig was "copied into the image": errors.
test('A source with an ARG that has no value copies nothing into the image for size and secret ranking; with the ARG given, what it names does', () => {
  const of = (copy: string, buildArgs?: Record<string, string>) =>
    auditTree({ files: ['bin/agent'], fileContents: df('FROM alpine', 'ARG DIR', copy), contents: { 'data/big.bin': 2 * MB }, dockerignore: '' }, { settings: { maxFileSize: MB }, ...(buildArgs ? { buildArgs } : {}) })
      .findings.filter((f) => f.ruleId === 'CTX001')
      .map((f) => [f.path, f.severity, f.data.copiedBy ?? null]);
  assert.deepEqual(of('COPY $DIR /deepfence'), [['data/big.bin', 'warning', null]]);
  assert.deepEqual(of('COPY ./${DIR}/* /opt/'), [['data/big.bin', 'warning', null]]);
  assert.deepEqual(of('COPY $DIR /deepfence', { DIR: 'data' }), [['data/big.bin', 'error', [{ file: 'Dockerfile', line: 3 }]]]);
  // The same file under a plain whole-context copy is raised, as before.
  assert.deepEqual(of('COPY . /deepfence'), [['data/big.bin', 'error', [{ file: 'Dockerfile', line: 3 }]]]);
});

// tuansdf/spring-boot-template: `COPY . .`, `RUN ./gradlew clean build`, then `COPY --from=build
// /app/build/libs/main.jar`. After a local `./gradlew build` the sent build/libs/main.jar (12 MB) was a
// CTX001 error "shipped by the COPY --from": clean deletes it, and the image ships the rebuilt jar.
// Maven's `mvn clean package` does the same to target/ (CTX003).
test('Gradle\'s clean task and Maven\'s clean phase delete the build directory of the WORKDIR: a sent build output is not shipped by a later COPY --from', () => {
  const gradle = (run: string, workdir = 'WORKDIR /app') =>
    auditTree(
      {
        files: ['build.gradle'],
        fileContents: df('FROM eclipse-temurin:21-jdk AS build', workdir, 'COPY . .', run, 'FROM eclipse-temurin:21-jre', 'COPY --from=build /app/build/libs/main.jar main.jar'),
        contents: { 'build/libs/main.jar': 2 * MB },
        dockerignore: '',
      },
      { settings: { maxFileSize: MB } },
    ).findings.find((x) => x.ruleId === 'CTX001' && x.path === 'build/libs/main.jar')?.severity;
  assert.equal(gradle('RUN ./gradlew clean build --no-daemon'), 'warning');
  assert.equal(gradle('RUN gradle clean bootJar'), 'warning');
  assert.equal(gradle('RUN GRADLE_OPTS=-Xmx1g ./gradlew --no-daemon clean build'), 'warning');
  // No clean, clean excluded, another project directory, after a cd, or in another WORKDIR: it may ship.
  assert.equal(gradle('RUN ./gradlew build'), 'error');
  assert.equal(gradle('RUN ./gradlew build -x clean'), 'error');
  assert.equal(gradle('RUN ./gradlew -p server clean build'), 'error');
  assert.equal(gradle('RUN cd server && ./gradlew clean build'), 'error');
  assert.equal(gradle('RUN ./gradlew clean build', 'WORKDIR /other\nCOPY . /app'), 'error');
  const maven = (run: string) =>
    auditTree({
      files: ['pom.xml', 'target/classes/A.class'],
      fileContents: df('FROM maven:3.9-eclipse-temurin-21 AS build', 'WORKDIR /app', 'COPY . .', run, 'FROM eclipse-temurin:21-jre', 'COPY --from=build /app/target/app.jar app.jar'),
      contents: { 'target/app.jar': 2 * MB },
      dockerignore: '',
    }).findings.find((x) => x.ruleId === 'CTX003' && x.path === 'target')?.severity;
  assert.equal(maven('RUN mvn -B clean package -DskipTests'), 'warning');
  assert.equal(maven('RUN ./mvnw package -DskipTests'), 'error');
  assert.equal(maven('RUN mvn -f sub/pom.xml clean package'), 'error');
  assert.equal(maven('RUN mvn -Dmaven.clean.skip=true clean package'), 'error');
});

// hobby-streamer's backend/asset-manager/Dockerfile: `COPY . .`, `RUN cd asset-manager && ... go build -o
// asset-manager ./cmd/main.go`, then `COPY --from=builder /app/asset-manager/asset-manager .`: a 12 MB
// committed binary of that name was a CTX001 error "shipped by the COPY --from"; go build writes over it.
test('go build -o FILE writes over a sent file of that name (after a plain cd too): not shipped by a later COPY --from; one of another name, or after a cd not known, still is', () => {
  const go = (run: string, shipped = '/app/svc/svc') =>
    auditTree(
      {
        files: ['svc/cmd/main.go', 'go.mod'],
        fileContents: df('FROM golang:1.23 AS builder', 'WORKDIR /app', 'COPY . .', run, 'FROM alpine', `COPY --from=builder ${shipped} /bin/svc`),
        contents: { 'svc/svc': 2 * MB },
        dockerignore: '',
      },
      { settings: { maxFileSize: MB } },
    ).findings.find((x) => x.ruleId === 'CTX001' && x.path === 'svc/svc')?.severity;
  assert.equal(go('RUN cd svc && go mod download && CGO_ENABLED=0 GOOS=linux go build -o svc ./cmd/main.go'), 'warning');
  assert.equal(go('RUN go build -o /app/svc/svc ./svc/cmd'), 'warning');
  assert.equal(go('RUN cd svc && go build -o other ./cmd/main.go'), 'error');
  assert.equal(go('RUN cd $DIR && go build -o svc ./cmd/main.go'), 'error');
  assert.equal(go('RUN cd svc && go build -o bin/ ./cmd/main.go'), 'error');
  // A plain cd moves an rm too.
  assert.equal(go('RUN cd svc && rm -f svc && go build -o app ./cmd'), 'warning');
  // A subshell, sh -c or go build -C may run it elsewhere: no removal read (review of eb1584c).
  assert.equal(go('RUN (cd other && go build -o svc/svc ./cmd)'), 'error');
  assert.equal(go('RUN sh -c "cd other && go build -o svc/svc ./cmd"'), 'error');
  assert.equal(go('RUN go build -C other -o svc/svc ./cmd'), 'error');
});
