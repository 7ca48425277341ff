"""SQL constructs of our own render as each database needs them."""

from sqlalchemy import Column, Integer, MetaData, String, Table, select
from sqlalchemy.dialects import postgresql, sqlite

from hexie_desktop.storage.sql import Unindexed

THINGS = Table("thing", MetaData(), Column("id", Integer, primary_key=True), Column("name", String))


def test_an_unindexed_sort_key_is_a_unary_plus_on_sqlite_only() -> None:
    statement = select(THINGS.c.id).order_by(
        Unindexed(THINGS.c.name).desc(), Unindexed(THINGS.c.id)
    )
    on_sqlite = str(statement.compile(dialect=sqlite.dialect()))
    on_postgres = str(statement.compile(dialect=postgresql.dialect()))
    assert on_sqlite.endswith("ORDER BY +thing.name DESC, +thing.id")
    assert on_postgres.endswith("ORDER BY thing.name DESC, thing.id")


def test_unindexed_keys_over_different_columns_do_not_share_a_cached_statement() -> None:
    by_name = select(THINGS.c.id).order_by(Unindexed(THINGS.c.name))
    by_id = select(THINGS.c.id).order_by(Unindexed(THINGS.c.id))
    assert by_name._generate_cache_key() != by_id._generate_cache_key()
