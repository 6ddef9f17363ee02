"""The municipality's central store (PostgreSQL): its own schema, migrated only by IT (``central init|upgrade``)."""
