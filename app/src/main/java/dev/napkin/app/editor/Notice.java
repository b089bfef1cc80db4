package dev.napkin.app.editor;

/**
 * A short message for the user (a refused connection, a paste of nothing), numbered so a repeat
 * shows again.
 */
public record Notice(String text, long sequence) {}
