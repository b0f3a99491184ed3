"""Stories: near-duplicate copies and the events articles report."""
