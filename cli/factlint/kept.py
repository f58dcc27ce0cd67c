"""``kept``: a property worked out on first use and kept in the instance, without a lock.

``functools.cached_property`` on Python 3.11 takes a lock on every first use (3.12
dropped it): the checks make a few hundred thousand such first uses in a large
check, each paying for a lock no one else wants (a checker is never shared
between threads while it checks). This descriptor does the same without it: the
value goes into the instance's ``__dict__`` (frozen dataclasses included), where
later lookups find it before the descriptor, so a kept value costs what a plain
attribute does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class kept(Generic[T]):  # used as a decorator, like property
    """A read-only property computed once per instance."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> kept[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | kept[T]:
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value
