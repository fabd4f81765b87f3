package org.tandem.features.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.feature.FeatureService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every configuration a feature declares its shipped defaults (the {@code configurations} of
 * {@code features/*.json}, environment placeholders included) when the configuration directory has no
 * file for it, so that an empty or partial {@code TANDEM_CONF} starts on embedded Derby instead of
 * waiting forever for {@code org.tandem.storage.cfg}. A PID with a file is left to File Install alone:
 * the file's values are never raced by defaults.
 */
@Component(service = {}, immediate = true)
public class ShippedConfigurations {
    private static final Logger LOG = LoggerFactory.getLogger(ShippedConfigurations.class);
    static final String DIRECTORY = "felix.fileinstall.dir";
    /** Marks a configuration this component made, so that the log and the admin can tell. */
    static final String ORIGIN = "tandem.defaults";

    @Activate
    public ShippedConfigurations(@Reference ConfigurationAdmin admin, @Reference FeatureService features,
            BundleContext context) throws IOException, InvalidSyntaxException {
        String dir = context.getProperty(DIRECTORY);
        Path conf = Path.of(dir == null || dir.isBlank() ? "conf" : dir).toAbsolutePath();
        for (Definition d : Definitions.shipped(features, context.getBundle()).all().values()) {
            for (Map.Entry<String, Map<String, Object>> c : d.configurations().entrySet()) {
                install(admin, conf, d.name(), c.getKey(), c.getValue());
            }
        }
    }

    private static void install(ConfigurationAdmin admin, Path conf, String feature, String pid,
            Map<String, Object> values) throws IOException, InvalidSyntaxException {
        Path file = conf.resolve(pid + ".cfg");
        if (Files.exists(file) || admin.listConfigurations("(service.pid=" + pid + ")") != null) {
            return;
        }
        Dictionary<String, Object> props = new Hashtable<>(values);
        props.put(ORIGIN, true);
        Configuration config = admin.getConfiguration(pid, "?");
        config.update(props);
        LOG.info("No {} found: {} runs on its built-in settings ({}). To change them, write that file (the README"
                + " lists each setting); it is read at once.", file, feature, String.join(", ", values.keySet()));
    }
}
