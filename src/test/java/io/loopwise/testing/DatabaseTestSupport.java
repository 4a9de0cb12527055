package io.loopwise.testing;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Registers {@link PostgresTestResource} for every {@code @QuarkusTest} of the module (global scope), so that
 * all of them share one database and one application boot.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public final class DatabaseTestSupport {

    private DatabaseTestSupport() {
    }
}
