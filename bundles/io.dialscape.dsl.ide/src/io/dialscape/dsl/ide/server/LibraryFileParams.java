package io.dialscape.dsl.ide.server;

/** Parameters of the {@code dialscape/libraryFile} request: the {@code dialscape-library:} URI of a library file. */
public class LibraryFileParams {

    private String uri;

    public LibraryFileParams() {
    }

    public LibraryFileParams(String uri) {
        this.uri = uri;
    }

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }
}
