import presslens


def test_public_api_exports_exist_once() -> None:
    # the order of __all__ is checked by ruff (RUF022)
    assert len(presslens.__all__) == len(set(presslens.__all__))
    for name in presslens.__all__:
        assert hasattr(presslens, name), name
    assert callable(presslens.analyze)
