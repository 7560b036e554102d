package org.radsim.app.cli;

/** A problem with what the user asked for (a flag, a folder); shown as one line, exit code 2. */
final class BadInput extends RuntimeException {
    BadInput(String message) {
        super(message);
    }
}
