export declare const RUNNER_COMMAND: RegExp;
export declare function runnerCommands(text: string, max?: number): string[];
