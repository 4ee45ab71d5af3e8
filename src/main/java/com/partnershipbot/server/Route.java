package com.partnershipbot.server;

import jakarta.servlet.http.HttpServlet;

/** A servlet and the path it answers on. */
public record Route(String path, HttpServlet servlet) {}
