/** The message contract shared by the command and query sides. */
package org.peipao.api;
