package org.radsim.app.gui;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;

import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The save dialog of the GUIs' menus: one kind of file, a suggested name, the suffix added when none is typed. */
final class SaveChooser {

    private SaveChooser() {
    }

    /**
     * Asks where to save a {@code suffix} file, suggesting {@code suggested} in the working folder; returns the
     * chosen path ({@code .suffix} added when the name has no suffix) or null when the user cancels. A null
     * {@code title} keeps the dialog's own.
     */
    static Path choose(Component parent, String title, String suffix, String description, String suggested) {
        JFileChooser chooser = new JFileChooser(new File("."));
        if (title != null) {
            chooser.setDialogTitle(title);
        }
        chooser.setFileFilter(new FileNameExtensionFilter(description, suffix));
        chooser.setSelectedFile(new File(suggested));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return null;
        }
        Path p = chooser.getSelectedFile().toPath();
        return p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + "." + suffix);
    }
}
