"""Pipeline stages, one module each. Registered by name in :mod:`presslens.registry`."""
