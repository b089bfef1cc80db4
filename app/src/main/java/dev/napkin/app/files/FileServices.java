package dev.napkin.app.files;

import java.time.Clock;

/** What file handling works with: the spec store, recent files, the autosave, the examples. */
public record FileServices(
    DocumentStore store,
    RecentFiles recent,
    RecoveryStore recovery,
    ExampleGallery gallery,
    Clock clock) {}
