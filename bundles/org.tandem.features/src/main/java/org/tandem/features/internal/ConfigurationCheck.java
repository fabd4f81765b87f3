package org.tandem.features.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.SynchronousConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every Tandem configuration against its bundle's metatype each time it changes, and says in the
 * log exactly which file, key and value is wrong and what it should be: without this a typo in a
 * {@code .cfg} surfaced only as a component's {@code NumberFormatException}, or not at all.
 */
@Component(immediate = true)
public class ConfigurationCheck implements SynchronousConfigurationListener {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationCheck.class);
    private static final String PREFIX = "org.tandem.";
    private static final String FILE = "felix.fileinstall.filename";
    private final ConfigurationAdmin admin;
    private final MetaTypeService metatype;
    private final BundleContext context;

    @Activate
    public ConfigurationCheck(@Reference ConfigurationAdmin admin, @Reference MetaTypeService metatype,
            BundleContext context) throws IOException, org.osgi.framework.InvalidSyntaxException {
        this.admin = admin;
        this.metatype = metatype;
        this.context = context;
        Configuration[] existing = admin.listConfigurations("(service.pid=" + PREFIX + "*)");
        for (Configuration c : existing == null ? new Configuration[0] : existing) {
            check(c.getPid(), c.getProperties());
        }
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (event.getType() != ConfigurationEvent.CM_UPDATED || !event.getPid().startsWith(PREFIX)) {
            return;
        }
        try {
            Configuration c = admin.getConfiguration(event.getPid(), "?");
            check(event.getPid(), c.getProperties());
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not check configuration {}: {}", event.getPid(), e.toString());
        }
    }

    void check(String pid, Dictionary<String, Object> props) {
        Optional<ObjectClassDefinition> ocd = definition(pid);
        if (ocd.isEmpty() || props == null) {
            return;
        }
        Object file = props.get(FILE);
        String where = file == null ? "the configuration " + pid : file.toString().replaceFirst("^file:", "");
        for (String problem : problems(ocd.get(), props)) {
            LOG.error("In {}: {}", where, problem);
        }
    }

    /** What is wrong with these values by the definition, one sentence each. */
    static List<String> problems(ObjectClassDefinition ocd, Dictionary<String, Object> props) {
        AttributeDefinition[] defs = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
        List<String> out = new ArrayList<>();
        for (String key : Collections.list(props.keys())) {
            if (key.startsWith("service.") || key.startsWith("felix.") || key.contains(".")) {
                continue; // the framework's and File Install's own properties
            }
            Optional<AttributeDefinition> ad = Stream.of(defs).filter(d -> d.getID().equals(key)).findFirst();
            String value = String.valueOf(props.get(key));
            if (ad.isEmpty()) {
                out.add(key + " is not a setting of " + ocd.getName() + "; the settings are "
                        + String.join(", ", Stream.of(defs).map(AttributeDefinition::getID).toList())
                        + ". It is ignored.");
            } else if (!value.contains("$[")) { // placeholders are checked once they are resolved
                String error = ad.get().validate(value.strip());
                if (error != null && !error.isEmpty()) {
                    String[] example = ad.get().getDefaultValue();
                out.add(key + " = \"" + value + "\" is not valid (" + error + "): use " + expected(ad.get())
                        + (example == null ? "" : ", e.g. " + String.join(",", example)) + ".");
                }
            }
        }
        return out;
    }

    private static String expected(AttributeDefinition ad) {
        return switch (ad.getType()) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT -> "a whole number";
            case AttributeDefinition.BOOLEAN -> "true or false";
            case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> "a number";
            default -> "a text";
        };
    }

    private Optional<ObjectClassDefinition> definition(String pid) {
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() == null || !b.getSymbolicName().startsWith(PREFIX)) {
                continue;
            }
            MetaTypeInformation info = metatype.getMetaTypeInformation(b);
            if (info != null && List.of(info.getPids()).contains(pid)) {
                return Optional.of(info.getObjectClassDefinition(pid, null));
            }
        }
        return Optional.empty();
    }
}
