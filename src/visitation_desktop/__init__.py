"""Visitation Desktop: offline visitation of § 104 activity offers."""

__version__ = "0.1.0"
