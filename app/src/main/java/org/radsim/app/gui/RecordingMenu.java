package org.radsim.app.gui;

import javax.swing.JMenu;
import javax.swing.JMenuItem;

/** The items of a GUI's menu that save pictures of the run: a PNG snapshot, and an animated GIF started and stopped. */
final class RecordingMenu {

    private RecordingMenu() {
    }

    /**
     * Adds "{@code snapshotText}", "Record animated GIF…" and "Stop recording and write the GIF" to {@code menu},
     * running {@code snapshot}, {@code record} and {@code stop}.
     */
    static void addTo(JMenu menu, String snapshotText, Runnable snapshot, Runnable record, Runnable stop) {
        JMenuItem snap = new JMenuItem(snapshotText);
        snap.addActionListener(e -> snapshot.run());
        JMenuItem start = new JMenuItem("Record animated GIF…");
        start.addActionListener(e -> record.run());
        JMenuItem end = new JMenuItem("Stop recording and write the GIF");
        end.addActionListener(e -> stop.run());
        menu.add(snap);
        menu.add(start);
        menu.add(end);
    }
}
