"""One exception root for aikg; every message names the bad value."""


class AikgError(Exception):
    """Root of every error aikg raises on purpose; the CLI prints its message."""


class InvalidValue(AikgError, ValueError):
    """A value outside the schema (a stake of 1.5, a status nobody defined)."""


class InputError(AikgError):
    """A document that cannot be read or parsed."""


class NothingToRead(InputError):
    """None of the paths given to a build exists: it would only make an empty graph."""


class StoreError(AikgError):
    """The embedded database is missing, locked or broken."""


class QueryError(AikgError):
    """A Cypher statement that does not parse, fails, or writes without --write."""


class UnknownEntity(AikgError, LookupError):
    """A name that matches no entity; the message lists the closest names."""


class Neo4jError(AikgError):
    """Neo4j unreachable, credentials refused, database missing."""
