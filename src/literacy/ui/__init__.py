"""The pure parts of the app: interface text, HTML builders, the library, attempts."""
