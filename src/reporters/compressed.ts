// `--compress` in words, shared by the reporters: what `docker build --compress` sends and prints.
import { formatCount } from '../units.js';
import type { CompressedReport } from '../context/compressed-upload.js';

function n(x: number): string {
  return formatCount(x);
}

/** The figure docker prints, or the range it can print ("90.57kB" / "90.57kB to 90.58kB"). */
export function compressedFigure(c: CompressedReport): string {
  return c.dockerFigure === c.dockerFigureMax ? c.dockerFigure : `${c.dockerFigure} to ${c.dockerFigureMax}`;
}

/** Bytes sent, in ctx-audit's unit style: "90,569 B" or "90,569 to 90,574 B". */
export function compressedBytes(c: CompressedReport): string {
  return c.bytes === c.bytesMax ? `${n(c.bytes)} B` : `${n(c.bytes)} to ${n(c.bytesMax)} B`;
}

/** One plain-text sentence (no markup; the caller escapes for its format). */
export function compressedSentence(c: CompressedReport, tarBytes: number): string {
  const saves = c.savedBytes > 0 ? `, ${n(c.savedBytes)} B fewer than the ${n(tarBytes)} B tar` : `, no fewer than the ${n(tarBytes)} B tar`;
  const range = c.exact
    ? ''
    : c.unreproducible
      ? ` (not exact: ${c.unreproducible})`
      : ` (a range: docker writes part of the stream at build time, a Dockerfile from outside the context or stdin, with a random name or the build time; ${c.samples} draws${c.topMargin ? `, the top ${c.topMargin} B above their largest for rarer names` : ''})`;
  return (
    `docker build --compress (legacy builder) sends ${compressedBytes(c)}${saves}, and prints: ` +
    `Sending build context to Docker daemon  ${compressedFigure(c)}${range}. BuildKit ignores --compress.`
  );
}
