/**
 * The {@code radsim} command line (picocli): one {@code Callable<Integer>} command per verb, shared options in
 * mixins, user errors mapped to one-line messages and exit codes by {@link org.radsim.app.cli.UserErrors}.
 */
package org.radsim.app.cli;
