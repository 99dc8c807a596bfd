package vn.tusoi.session;

import vn.tusoi.testsupport.SuiteArchitecture;

/** The suite's rules of where code lives, on this service's classes. */
class ArchitectureTest extends SuiteArchitecture {

    ArchitectureTest() {
        super("vn.tusoi.session");
    }
}
