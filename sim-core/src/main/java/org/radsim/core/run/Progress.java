package org.radsim.core.run;

/** Receives progress of long work (runs done and failed of a total); the command line draws it on stderr. */
public interface Progress {

    /** Progress that shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void update(int done, int failed, int total) {
        }

        @Override
        public void finish() {
        }
    };

    void update(int done, int failed, int total);

    void finish();
}
