package org.tandem.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.jdbc.DataSourceFactory;

class DerbyDataSourceFactoryTest {

    @Test
    void createsTheDatabaseDirectoryOnFirstConnection(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("derby");
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, "jdbc:derby:" + db + ";create=true");
        DerbyDataSourceFactory factory = new DerbyDataSourceFactory();
        DataSource ds = factory.createDataSource(props);
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("VALUES 1")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
        }
        assertTrue(Files.isDirectory(db));
        factory.shutdownEngine();
    }

    @Test
    void rejectsAUrlOfAnotherDatabase() {
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, "jdbc:postgresql://localhost/test");
        SQLException e = assertThrows(SQLException.class, () -> new DerbyDataSourceFactory().createDataSource(props));
        assertTrue(e.getMessage().contains("jdbc:derby:"));
    }
}
