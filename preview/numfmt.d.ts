declare module "numfmt" {
  /** Formats a value with an Excel number format (numfmt 3 ships no type declarations). */
  export function format(pattern: string, value: unknown): string;
}
