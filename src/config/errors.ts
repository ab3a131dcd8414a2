/** A configuration problem the operator can fix: the message says what is wrong and how to fix it. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}
