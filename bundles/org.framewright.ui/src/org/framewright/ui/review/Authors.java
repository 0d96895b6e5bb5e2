package org.framewright.ui.review;

/** Who is commenting: the operating system's user name (there is no sign-in). */
final class Authors {

    private Authors() {
    }

    static String current() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown" : name;
    }
}
