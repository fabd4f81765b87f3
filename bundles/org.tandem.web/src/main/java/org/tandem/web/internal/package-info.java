/** The web app's serving side: static pages per feature on the HTTP whiteboard, and its translations. */
package org.tandem.web.internal;
