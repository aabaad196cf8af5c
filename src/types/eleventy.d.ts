// Eleventy 3 ships no type declarations; this names only the parts cuttings uses.
declare module "@11ty/eleventy" {
  export interface EleventyEventArgs {
    dir: { input: string; output: string };
    runMode: "build" | "watch" | "serve";
    outputMode: string;
  }
  export interface UserConfig {
    addGlobalData(name: string, value: unknown): void;
    addWatchTarget(path: string): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addFilter(name: string, fn: (...args: any[]) => unknown): void;
    addShortcode(name: string, fn: (...args: any[]) => string): void;
    addPlugin(plugin: unknown, options?: unknown): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
    setFrontMatterParsingOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    setServerOptions(options: Record<string, unknown>): void;
    setWatchThrottleWaitTime(ms: number): void;
    on(event: "eleventy.after" | "eleventy.before", fn: (args: EleventyEventArgs) => unknown): void;
    addCollection(name: string, fn: (api: unknown) => unknown): void;
    [key: string]: unknown;
  }
  export class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<unknown>;
  }
  export default Eleventy;
}

declare module "@11ty/eleventy-plugin-rss" {
  const rssPlugin: unknown;
  export default rssPlugin;
  export function absoluteUrl(url: string, base: string): string;
  export function dateToRfc3339(date: Date): string;
}
