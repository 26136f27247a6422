"""What came of the network: stages per contact, the funnel per quarter, and the effort beside it."""
