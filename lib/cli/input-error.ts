/** A problem with one input, worded for the person who typed the command (the reason, without the input's name). */
export class InputError extends Error {}
