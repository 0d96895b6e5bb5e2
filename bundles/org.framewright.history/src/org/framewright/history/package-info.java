/**
 * The Git history of framework files through JGit: {@link org.framewright.history.FrameworkHistory} lists the
 * commits that touched a file with a semantic summary of each and gives the framework at any of them. Headless;
 * behind {@code framewright log}.
 */
package org.framewright.history;
