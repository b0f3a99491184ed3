-- Money figures reported by more than one independent live article (copies counted once),
-- with the stories and outlets that carry them.
SELECT
    currency,
    value,
    value_high,
    any_value(text) AS example,
    any_value(object) AS object,
    max(n_originals) AS reports,
    max(n_stories) AS stories,
    max(n_outlets) AS outlets
FROM amount_corroboration
WHERE n_originals > 1
GROUP BY currency, value, value_high
ORDER BY reports DESC, currency, value;
