/**
 * What a command may touch of the outside world, passed in so tests can run
 * commands in-process and read what they printed.
 */
export interface OutputStream {
	isTTY?: boolean;
	write(text: string): unknown;
}

export interface CliIo {
	stdout: OutputStream;
	stderr: OutputStream;
	/** Environment variables (for NO_COLOR). */
	env: Readonly<Record<string, string | undefined>>;
	/**
	 * How to start this command line again, in a fresh process (the bench's
	 * `--runs`): the program and the arguments before the command's own.
	 * Absent when the commands run inside another program (the tests).
	 */
	restart?: { command: string; args: readonly string[] };
}
