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
}
