"""orgnet's version, in a module of its own so that any module can read it without importing
the package's ``__init__`` (and, through it, the pipeline). ``orgnet.__version__`` re-exports it;
keep it equal to ``version`` in pyproject.toml."""

__version__ = "0.1.0"
