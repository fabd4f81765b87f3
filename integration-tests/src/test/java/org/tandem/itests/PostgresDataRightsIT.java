package org.tandem.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** A person's data export, on postgresql. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresDataRightsIT extends DataRightsBehaviour {
    @Configuration
    public Option[] config() {
        return ServerOptions.forDatabase("postgresql");
    }
}
