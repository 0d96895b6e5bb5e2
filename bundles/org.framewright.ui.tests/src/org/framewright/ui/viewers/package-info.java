/** Tests of the shared table columns: numbers sort as numbers, a header click sorts and reverses. */
package org.framewright.ui.viewers;
