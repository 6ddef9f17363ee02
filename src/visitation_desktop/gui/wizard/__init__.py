"""The visitation wizard: one page per step of the quality standard, saving as it goes."""
