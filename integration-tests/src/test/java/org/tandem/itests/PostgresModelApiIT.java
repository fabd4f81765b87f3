package org.tandem.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The model API on PostgreSQL at 127.0.0.1:5432/test, in a fresh schema. Skipped with a message
 * when nothing answers there, except under CI=true.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresModelApiIT extends ModelApiBehaviour {
    @Configuration
    public Option[] config() {
        return ServerOptions.forDatabase("postgresql");
    }
}
