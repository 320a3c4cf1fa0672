/** The networks' reply rules as plain Java: no Spring, no SQL, time passed in. */
package io.purser.reply.domain;
