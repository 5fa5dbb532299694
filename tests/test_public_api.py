import presslens


def test_public_api_exports_exist_once() -> None:
    # the order of __all__ is checked by ruff (RUF022)
    assert len(presslens.__all__) == len(set(presslens.__all__))
    for name in presslens.__all__:
        assert hasattr(presslens, name), name
    assert callable(presslens.analyze)


def test_public_api_exports_every_error() -> None:
    # one exception tree (presslens.errors), all of it importable from presslens, so a
    # caller of presslens.net can catch e.g. presslens.HTTPStatusError and read .status
    import inspect

    import presslens.errors

    errors = {
        name
        for name, value in vars(presslens.errors).items()
        if inspect.isclass(value) and issubclass(value, presslens.PresslensError)
    }
    assert {"FetchError", "HTTPStatusError", "BlockedAddressError"} <= errors
    assert errors <= set(presslens.__all__)
    for name in errors:
        assert getattr(presslens, name) is getattr(presslens.errors, name)
