"""The follow-up meeting: a wizard over one granted case, and the handleplan's versions."""
