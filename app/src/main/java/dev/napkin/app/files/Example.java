package dev.napkin.app.files;

/** A bundled example flow: its file name, title, one-line description and spec text. */
public record Example(String fileName, String title, String description, String text) {}
