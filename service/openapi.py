"""The OpenAPI document as the API answers: every 422 is ``application/problem+json`` (a :class:`Problem`),
not FastAPI's default ``application/json`` validation error, and every operation documents it (a control
character in any parameter is refused with one)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from service.problems import PROBLEM_JSON

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
# What :func:`service.deps.refuse_control_characters` lets through, stated on every string parameter.
NO_CONTROL_CHARACTERS = "^[^\\x00-\\x08\\x0a-\\x1f\\x7f]*$"


def _no_control_characters(schema: dict[str, Any]) -> None:
    if schema.get("type") == "string" and "pattern" not in schema and "enum" not in schema:
        schema["pattern"] = NO_CONTROL_CHARACTERS
    for branch in schema.get("anyOf", []):
        _no_control_characters(branch)


def install(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                for parameter in operation.get("parameters", []):
                    _no_control_characters(parameter.get("schema", {}))
                responses = operation.setdefault("responses", {})
                entry = responses.setdefault("422", {"description": "A parameter is not valid"})
                entry["content"] = {PROBLEM_JSON: {"schema": _PROBLEM_REF}}
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            components.pop(name, None)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
