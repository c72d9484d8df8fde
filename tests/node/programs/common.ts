// What every end-to-end program shares: the cluster it points at, and the password as the test asks for it
// (config "wrapPassword": true wraps it with pulumi.secret, false passes the plain string, as a program that
// forgets to would).
import * as pulumi from "@pulumi/pulumi";

export const config = new pulumi.Config();

export function password(): pulumi.Input<string> {
    const value = config.require("password");
    return config.requireBoolean("wrapPassword") ? pulumi.secret(value) : value;
}

export const sourceEndpointArn = "arn:aws:dms:us-west-2:123456789012:endpoint:SOURCEEXAMPLE0000000000000";
