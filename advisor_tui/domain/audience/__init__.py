"""The audience of the advisor's posts: LinkedIn's analytics, mapped onto the advisor's vocabulary."""
