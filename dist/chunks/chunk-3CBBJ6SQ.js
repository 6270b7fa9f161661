import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  createRestError,
  getClient,
  operationOptionsToRequestParameters
} from "./chunk-UQJXNKHO.js";
import {
  RestError,
  createClientLogger,
  delay
} from "./chunk-UCA5YLGM.js";

// node_modules/@azure/arm-containerregistry/dist/esm/logger.js
var logger = createClientLogger("arm-containerregistry");

// node_modules/@azure/arm-containerregistry/dist/esm/static-helpers/cloudSettingHelpers.js
function getArmEndpoint(cloudSetting) {
  if (cloudSetting === void 0) {
    return void 0;
  }
  const cloudEndpoints = {
    AZURE_CHINA_CLOUD: "https://management.chinacloudapi.cn/",
    AZURE_US_GOVERNMENT: "https://management.usgovcloudapi.net/",
    AZURE_PUBLIC_CLOUD: "https://management.azure.com/"
  };
  if (cloudSetting in cloudEndpoints) {
    return cloudEndpoints[cloudSetting];
  } else {
    throw new Error(
      `Unknown cloud setting: ${cloudSetting}. Please refer to the enum AzureClouds for possible values.`
    );
  }
}

// node_modules/@azure/arm-containerregistry/dist/esm/api/containerRegistryManagementContext.js
function createContainerRegistryManagement(credential, subscriptionId, options = {}) {
  const endpointUrl = options.endpoint ?? getArmEndpoint(options.cloudSetting) ?? "https://management.azure.com";
  const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
  const userAgentInfo = `azsdk-js-arm-containerregistry/12.0.0`;
  const userAgentPrefix = prefixFromOptions ? `${prefixFromOptions} azsdk-js-api ${userAgentInfo}` : `azsdk-js-api ${userAgentInfo}`;
  const { apiVersion: _, ...updatedOptions } = {
    ...options,
    userAgentOptions: { userAgentPrefix },
    loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info },
    credentials: { scopes: options.credentials?.scopes ?? [`${endpointUrl}/.default`] }
  };
  const clientContext = getClient(endpointUrl, credential, updatedOptions);
  clientContext.pipeline.removePolicy({ name: "ApiVersionPolicy" });
  const apiVersion = options.apiVersion ?? "2025-11-01";
  clientContext.pipeline.addPolicy({
    name: "ClientApiVersionPolicy",
    sendRequest: (req, next) => {
      const url = new URL(req.url);
      if (!url.searchParams.get("api-version")) {
        req.url = `${req.url}${Array.from(url.searchParams.keys()).length > 0 ? "&" : "?"}api-version=${apiVersion}`;
      }
      return next(req);
    }
  });
  return { ...clientContext, apiVersion, subscriptionId };
}

// node_modules/@azure/arm-containerregistry/dist/esm/static-helpers/serialization/check-prop-undefined.js
function areAllPropsUndefined(item, properties) {
  for (const property of properties) {
    if (item[property] !== void 0) {
      return false;
    }
  }
  return true;
}

// node_modules/@azure/arm-containerregistry/dist/esm/models/models.js
function _operationListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : operationDefinitionArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function operationDefinitionArrayDeserializer(result) {
  return result.map((item) => {
    return operationDefinitionDeserializer(item);
  });
}
function operationDefinitionDeserializer(item) {
  return {
    origin: item["origin"],
    name: item["name"],
    display: !item["display"] ? item["display"] : operationDisplayDefinitionDeserializer(item["display"]),
    ...!item["properties"] ? item["properties"] : _operationDefinitionPropertiesDeserializer(item["properties"]),
    isDataAction: item["isDataAction"]
  };
}
function operationDisplayDefinitionDeserializer(item) {
  return {
    provider: item["provider"],
    resource: item["resource"],
    operation: item["operation"],
    description: item["description"]
  };
}
function operationServiceSpecificationDefinitionDeserializer(item) {
  return {
    metricSpecifications: !item["metricSpecifications"] ? item["metricSpecifications"] : operationMetricSpecificationDefinitionArrayDeserializer(item["metricSpecifications"]),
    logSpecifications: !item["logSpecifications"] ? item["logSpecifications"] : operationLogSpecificationDefinitionArrayDeserializer(item["logSpecifications"])
  };
}
function operationMetricSpecificationDefinitionArrayDeserializer(result) {
  return result.map((item) => {
    return operationMetricSpecificationDefinitionDeserializer(item);
  });
}
function operationMetricSpecificationDefinitionDeserializer(item) {
  return {
    name: item["name"],
    displayName: item["displayName"],
    displayDescription: item["displayDescription"],
    unit: item["unit"],
    aggregationType: item["aggregationType"],
    internalMetricName: item["internalMetricName"]
  };
}
function operationLogSpecificationDefinitionArrayDeserializer(result) {
  return result.map((item) => {
    return operationLogSpecificationDefinitionDeserializer(item);
  });
}
function operationLogSpecificationDefinitionDeserializer(item) {
  return {
    name: item["name"],
    displayName: item["displayName"],
    blobDuration: item["blobDuration"]
  };
}
function errorResponseDeserializer(item) {
  return {
    error: !item["error"] ? item["error"] : errorDetailDeserializer(item["error"])
  };
}
function errorDetailDeserializer(item) {
  return {
    code: item["code"],
    message: item["message"],
    target: item["target"],
    details: !item["details"] ? item["details"] : errorDetailArrayDeserializer(item["details"]),
    additionalInfo: !item["additionalInfo"] ? item["additionalInfo"] : errorAdditionalInfoArrayDeserializer(item["additionalInfo"])
  };
}
function errorDetailArrayDeserializer(result) {
  return result.map((item) => {
    return errorDetailDeserializer(item);
  });
}
function errorAdditionalInfoArrayDeserializer(result) {
  return result.map((item) => {
    return errorAdditionalInfoDeserializer(item);
  });
}
function errorAdditionalInfoDeserializer(item) {
  return {
    type: item["type"],
    info: item["info"]
  };
}
function registrySerializer(item) {
  return {
    tags: item["tags"],
    location: item["location"],
    properties: areAllPropsUndefined(item, [
      "adminUserEnabled",
      "networkRuleSet",
      "policies",
      "encryption",
      "dataEndpointEnabled",
      "publicNetworkAccess",
      "networkRuleBypassOptions",
      "networkRuleBypassAllowedForTasks",
      "zoneRedundancy",
      "anonymousPullEnabled",
      "roleAssignmentMode"
    ]) ? void 0 : _registryPropertiesSerializer(item),
    sku: skuSerializer(item["sku"]),
    identity: !item["identity"] ? item["identity"] : identityPropertiesSerializer(item["identity"])
  };
}
function registryDeserializer(item) {
  return {
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _registryPropertiesDeserializer(item["properties"]),
    sku: skuDeserializer(item["sku"]),
    identity: !item["identity"] ? item["identity"] : identityPropertiesDeserializer(item["identity"])
  };
}
function statusDeserializer(item) {
  return {
    displayStatus: item["displayStatus"],
    message: item["message"],
    timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"])
  };
}
function networkRuleSetSerializer(item) {
  return {
    defaultAction: item["defaultAction"],
    ipRules: !item["ipRules"] ? item["ipRules"] : ipRuleArraySerializer(item["ipRules"])
  };
}
function networkRuleSetDeserializer(item) {
  return {
    defaultAction: item["defaultAction"],
    ipRules: !item["ipRules"] ? item["ipRules"] : ipRuleArrayDeserializer(item["ipRules"])
  };
}
function ipRuleArraySerializer(result) {
  return result.map((item) => {
    return ipRuleSerializer(item);
  });
}
function ipRuleArrayDeserializer(result) {
  return result.map((item) => {
    return ipRuleDeserializer(item);
  });
}
function ipRuleSerializer(item) {
  return { action: item["action"], value: item["iPAddressOrRange"] };
}
function ipRuleDeserializer(item) {
  return {
    action: item["action"],
    iPAddressOrRange: item["value"]
  };
}
function policiesSerializer(item) {
  return {
    quarantinePolicy: !item["quarantinePolicy"] ? item["quarantinePolicy"] : quarantinePolicySerializer(item["quarantinePolicy"]),
    trustPolicy: !item["trustPolicy"] ? item["trustPolicy"] : trustPolicySerializer(item["trustPolicy"]),
    retentionPolicy: !item["retentionPolicy"] ? item["retentionPolicy"] : retentionPolicySerializer(item["retentionPolicy"]),
    exportPolicy: !item["exportPolicy"] ? item["exportPolicy"] : exportPolicySerializer(item["exportPolicy"]),
    azureADAuthenticationAsArmPolicy: !item["azureADAuthenticationAsArmPolicy"] ? item["azureADAuthenticationAsArmPolicy"] : azureADAuthenticationAsArmPolicySerializer(item["azureADAuthenticationAsArmPolicy"])
  };
}
function policiesDeserializer(item) {
  return {
    quarantinePolicy: !item["quarantinePolicy"] ? item["quarantinePolicy"] : quarantinePolicyDeserializer(item["quarantinePolicy"]),
    trustPolicy: !item["trustPolicy"] ? item["trustPolicy"] : trustPolicyDeserializer(item["trustPolicy"]),
    retentionPolicy: !item["retentionPolicy"] ? item["retentionPolicy"] : retentionPolicyDeserializer(item["retentionPolicy"]),
    exportPolicy: !item["exportPolicy"] ? item["exportPolicy"] : exportPolicyDeserializer(item["exportPolicy"]),
    azureADAuthenticationAsArmPolicy: !item["azureADAuthenticationAsArmPolicy"] ? item["azureADAuthenticationAsArmPolicy"] : azureADAuthenticationAsArmPolicyDeserializer(item["azureADAuthenticationAsArmPolicy"])
  };
}
function quarantinePolicySerializer(item) {
  return { status: item["status"] };
}
function quarantinePolicyDeserializer(item) {
  return {
    status: item["status"]
  };
}
function trustPolicySerializer(item) {
  return { type: item["type"], status: item["status"] };
}
function trustPolicyDeserializer(item) {
  return {
    type: item["type"],
    status: item["status"]
  };
}
function retentionPolicySerializer(item) {
  return { days: item["days"], status: item["status"] };
}
function retentionPolicyDeserializer(item) {
  return {
    days: item["days"],
    lastUpdatedTime: !item["lastUpdatedTime"] ? item["lastUpdatedTime"] : new Date(item["lastUpdatedTime"]),
    status: item["status"]
  };
}
function exportPolicySerializer(item) {
  return { status: item["status"] };
}
function exportPolicyDeserializer(item) {
  return {
    status: item["status"]
  };
}
function azureADAuthenticationAsArmPolicySerializer(item) {
  return { status: item["status"] };
}
function azureADAuthenticationAsArmPolicyDeserializer(item) {
  return {
    status: item["status"]
  };
}
function encryptionPropertySerializer(item) {
  return {
    status: item["status"],
    keyVaultProperties: !item["keyVaultProperties"] ? item["keyVaultProperties"] : keyVaultPropertiesSerializer(item["keyVaultProperties"])
  };
}
function encryptionPropertyDeserializer(item) {
  return {
    status: item["status"],
    keyVaultProperties: !item["keyVaultProperties"] ? item["keyVaultProperties"] : keyVaultPropertiesDeserializer(item["keyVaultProperties"])
  };
}
function keyVaultPropertiesSerializer(item) {
  return { keyIdentifier: item["keyIdentifier"], identity: item["identity"] };
}
function keyVaultPropertiesDeserializer(item) {
  return {
    keyIdentifier: item["keyIdentifier"],
    versionedKeyIdentifier: item["versionedKeyIdentifier"],
    identity: item["identity"],
    keyRotationEnabled: item["keyRotationEnabled"],
    lastKeyRotationTimestamp: !item["lastKeyRotationTimestamp"] ? item["lastKeyRotationTimestamp"] : new Date(item["lastKeyRotationTimestamp"])
  };
}
function privateEndpointConnectionArrayDeserializer(result) {
  return result.map((item) => {
    return privateEndpointConnectionDeserializer(item);
  });
}
function privateEndpointConnectionSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["privateEndpoint", "privateLinkServiceConnectionState"]) ? void 0 : _privateEndpointConnectionPropertiesSerializer(item)
  };
}
function privateEndpointConnectionDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _privateEndpointConnectionPropertiesDeserializer(item["properties"])
  };
}
function privateEndpointSerializer(item) {
  return { id: item["id"] };
}
function privateEndpointDeserializer(item) {
  return {
    id: item["id"]
  };
}
function privateLinkServiceConnectionStateSerializer(item) {
  return {
    status: item["status"],
    description: item["description"],
    actionsRequired: item["actionsRequired"]
  };
}
function privateLinkServiceConnectionStateDeserializer(item) {
  return {
    status: item["status"],
    description: item["description"],
    actionsRequired: item["actionsRequired"]
  };
}
function skuSerializer(item) {
  return { name: item["name"] };
}
function skuDeserializer(item) {
  return {
    name: item["name"],
    tier: item["tier"]
  };
}
function identityPropertiesSerializer(item) {
  return {
    type: item["type"],
    userAssignedIdentities: !item["userAssignedIdentities"] ? item["userAssignedIdentities"] : userIdentityPropertiesRecordSerializer(item["userAssignedIdentities"])
  };
}
function identityPropertiesDeserializer(item) {
  return {
    principalId: item["principalId"],
    tenantId: item["tenantId"],
    type: item["type"],
    userAssignedIdentities: !item["userAssignedIdentities"] ? item["userAssignedIdentities"] : userIdentityPropertiesRecordDeserializer(item["userAssignedIdentities"])
  };
}
function userIdentityPropertiesRecordSerializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : userIdentityPropertiesSerializer(item[key]);
  });
  return result;
}
function userIdentityPropertiesRecordDeserializer(item) {
  const result = {};
  Object.keys(item).map((key) => {
    result[key] = !item[key] ? item[key] : userIdentityPropertiesDeserializer(item[key]);
  });
  return result;
}
function userIdentityPropertiesSerializer(item) {
  return item;
}
function userIdentityPropertiesDeserializer(item) {
  return {
    principalId: item["principalId"],
    clientId: item["clientId"]
  };
}
function systemDataDeserializer(item) {
  return {
    createdBy: item["createdBy"],
    createdByType: item["createdByType"],
    createdAt: !item["createdAt"] ? item["createdAt"] : new Date(item["createdAt"]),
    lastModifiedBy: item["lastModifiedBy"],
    lastModifiedByType: item["lastModifiedByType"],
    lastModifiedAt: !item["lastModifiedAt"] ? item["lastModifiedAt"] : new Date(item["lastModifiedAt"])
  };
}
function registryUpdateParametersSerializer(item) {
  return {
    identity: !item["identity"] ? item["identity"] : identityPropertiesSerializer(item["identity"]),
    tags: item["tags"],
    sku: !item["sku"] ? item["sku"] : skuSerializer(item["sku"]),
    properties: areAllPropsUndefined(item, [
      "adminUserEnabled",
      "networkRuleSet",
      "policies",
      "encryption",
      "dataEndpointEnabled",
      "publicNetworkAccess",
      "networkRuleBypassOptions",
      "networkRuleBypassAllowedForTasks",
      "anonymousPullEnabled",
      "roleAssignmentMode"
    ]) ? void 0 : _registryUpdateParametersPropertiesSerializer(item)
  };
}
function _registryListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : registryArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function registryArrayDeserializer(result) {
  return result.map((item) => {
    return registryDeserializer(item);
  });
}
function importImageParametersSerializer(item) {
  return {
    source: importSourceSerializer(item["source"]),
    targetTags: !item["targetTags"] ? item["targetTags"] : item["targetTags"].map((p) => {
      return p;
    }),
    untaggedTargetRepositories: !item["untaggedTargetRepositories"] ? item["untaggedTargetRepositories"] : item["untaggedTargetRepositories"].map((p) => {
      return p;
    }),
    mode: item["mode"]
  };
}
function importSourceSerializer(item) {
  return {
    resourceId: item["resourceId"],
    registryUri: item["registryUri"],
    credentials: !item["credentials"] ? item["credentials"] : importSourceCredentialsSerializer(item["credentials"]),
    sourceImage: item["sourceImage"]
  };
}
function importSourceCredentialsSerializer(item) {
  return { username: item["username"], password: item["password"] };
}
function registryUsageListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : registryUsageArrayDeserializer(item["value"])
  };
}
function registryUsageArrayDeserializer(result) {
  return result.map((item) => {
    return registryUsageDeserializer(item);
  });
}
function registryUsageDeserializer(item) {
  return {
    name: item["name"],
    limit: item["limit"],
    currentValue: item["currentValue"],
    unit: item["unit"]
  };
}
function registryListCredentialsResultDeserializer(item) {
  return {
    username: item["username"],
    passwords: !item["passwords"] ? item["passwords"] : registryPasswordArrayDeserializer(item["passwords"])
  };
}
function registryPasswordArrayDeserializer(result) {
  return result.map((item) => {
    return registryPasswordDeserializer(item);
  });
}
function registryPasswordDeserializer(item) {
  return {
    name: item["name"],
    value: item["value"]
  };
}
function regenerateCredentialParametersSerializer(item) {
  return { name: item["name"] };
}
function generateCredentialsParametersSerializer(item) {
  return {
    tokenId: item["tokenId"],
    expiry: !item["expiry"] ? item["expiry"] : item["expiry"].toISOString(),
    name: item["name"]
  };
}
function generateCredentialsResultDeserializer(item) {
  return {
    username: item["username"],
    passwords: !item["passwords"] ? item["passwords"] : tokenPasswordArrayDeserializer(item["passwords"])
  };
}
function tokenPasswordArraySerializer(result) {
  return result.map((item) => {
    return tokenPasswordSerializer(item);
  });
}
function tokenPasswordArrayDeserializer(result) {
  return result.map((item) => {
    return tokenPasswordDeserializer(item);
  });
}
function tokenPasswordSerializer(item) {
  return {
    creationTime: !item["creationTime"] ? item["creationTime"] : item["creationTime"].toISOString(),
    expiry: !item["expiry"] ? item["expiry"] : item["expiry"].toISOString(),
    name: item["name"]
  };
}
function tokenPasswordDeserializer(item) {
  return {
    creationTime: !item["creationTime"] ? item["creationTime"] : new Date(item["creationTime"]),
    expiry: !item["expiry"] ? item["expiry"] : new Date(item["expiry"]),
    name: item["name"],
    value: item["value"]
  };
}
function registryNameCheckRequestSerializer(item) {
  return { name: item["name"], type: item["type"] };
}
function registryNameStatusDeserializer(item) {
  return {
    nameAvailable: item["nameAvailable"],
    reason: item["reason"],
    message: item["message"]
  };
}
function privateLinkResourceDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    properties: !item["properties"] ? item["properties"] : privateLinkResourcePropertiesDeserializer(item["properties"])
  };
}
function privateLinkResourcePropertiesDeserializer(item) {
  return {
    groupId: item["groupId"],
    requiredMembers: !item["requiredMembers"] ? item["requiredMembers"] : item["requiredMembers"].map((p) => {
      return p;
    }),
    requiredZoneNames: !item["requiredZoneNames"] ? item["requiredZoneNames"] : item["requiredZoneNames"].map((p) => {
      return p;
    })
  };
}
function _privateLinkResourceListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : privateLinkResourceArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function privateLinkResourceArrayDeserializer(result) {
  return result.map((item) => {
    return privateLinkResourceDeserializer(item);
  });
}
function cacheRuleSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, [
      "credentialSetResourceId",
      "sourceRepository",
      "targetRepository"
    ]) ? void 0 : _cacheRulePropertiesSerializer(item)
  };
}
function cacheRuleDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _cacheRulePropertiesDeserializer(item["properties"])
  };
}
function cacheRuleUpdateParametersSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["credentialSetResourceId"]) ? void 0 : _cacheRuleUpdateParametersPropertiesSerializer(item)
  };
}
function _cacheRulesListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : cacheRuleArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function cacheRuleArrayDeserializer(result) {
  return result.map((item) => {
    return cacheRuleDeserializer(item);
  });
}
function credentialSetSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["loginServer", "authCredentials"]) ? void 0 : _credentialSetPropertiesSerializer(item),
    identity: !item["identity"] ? item["identity"] : identityPropertiesSerializer(item["identity"])
  };
}
function credentialSetDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _credentialSetPropertiesDeserializer(item["properties"]),
    identity: !item["identity"] ? item["identity"] : identityPropertiesDeserializer(item["identity"])
  };
}
function authCredentialArraySerializer(result) {
  return result.map((item) => {
    return authCredentialSerializer(item);
  });
}
function authCredentialArrayDeserializer(result) {
  return result.map((item) => {
    return authCredentialDeserializer(item);
  });
}
function authCredentialSerializer(item) {
  return {
    name: item["name"],
    usernameSecretIdentifier: item["usernameSecretIdentifier"],
    passwordSecretIdentifier: item["passwordSecretIdentifier"]
  };
}
function authCredentialDeserializer(item) {
  return {
    name: item["name"],
    usernameSecretIdentifier: item["usernameSecretIdentifier"],
    passwordSecretIdentifier: item["passwordSecretIdentifier"],
    credentialHealth: !item["credentialHealth"] ? item["credentialHealth"] : credentialHealthDeserializer(item["credentialHealth"])
  };
}
function credentialHealthDeserializer(item) {
  return {
    status: item["status"],
    errorCode: item["errorCode"],
    errorMessage: item["errorMessage"]
  };
}
function credentialSetUpdateParametersSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["authCredentials"]) ? void 0 : _credentialSetUpdateParametersPropertiesSerializer(item),
    identity: !item["identity"] ? item["identity"] : identityPropertiesSerializer(item["identity"])
  };
}
function _credentialSetListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : credentialSetArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function credentialSetArrayDeserializer(result) {
  return result.map((item) => {
    return credentialSetDeserializer(item);
  });
}
function connectedRegistrySerializer(item) {
  return {
    properties: areAllPropsUndefined(item, [
      "mode",
      "parent",
      "clientTokenIds",
      "loginServer",
      "logging",
      "notificationsList",
      "garbageCollection"
    ]) ? void 0 : _connectedRegistryPropertiesSerializer(item)
  };
}
function connectedRegistryDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _connectedRegistryPropertiesDeserializer(item["properties"])
  };
}
function activationPropertiesDeserializer(item) {
  return {
    status: item["status"]
  };
}
function parentPropertiesSerializer(item) {
  return { id: item["id"], syncProperties: syncPropertiesSerializer(item["syncProperties"]) };
}
function parentPropertiesDeserializer(item) {
  return {
    id: item["id"],
    syncProperties: syncPropertiesDeserializer(item["syncProperties"])
  };
}
function syncPropertiesSerializer(item) {
  return {
    tokenId: item["tokenId"],
    schedule: item["schedule"],
    syncWindow: item["syncWindow"],
    messageTtl: item["messageTtl"]
  };
}
function syncPropertiesDeserializer(item) {
  return {
    tokenId: item["tokenId"],
    schedule: item["schedule"],
    syncWindow: item["syncWindow"],
    messageTtl: item["messageTtl"],
    lastSyncTime: !item["lastSyncTime"] ? item["lastSyncTime"] : new Date(item["lastSyncTime"]),
    gatewayEndpoint: item["gatewayEndpoint"]
  };
}
function loginServerPropertiesSerializer(item) {
  return item;
}
function loginServerPropertiesDeserializer(item) {
  return {
    host: item["host"],
    tls: !item["tls"] ? item["tls"] : tlsPropertiesDeserializer(item["tls"])
  };
}
function tlsPropertiesDeserializer(item) {
  return {
    status: item["status"],
    certificate: !item["certificate"] ? item["certificate"] : tlsCertificatePropertiesDeserializer(item["certificate"])
  };
}
function tlsCertificatePropertiesDeserializer(item) {
  return {
    type: item["type"],
    location: item["location"]
  };
}
function loggingPropertiesSerializer(item) {
  return { logLevel: item["logLevel"], auditLogStatus: item["auditLogStatus"] };
}
function loggingPropertiesDeserializer(item) {
  return {
    logLevel: item["logLevel"],
    auditLogStatus: item["auditLogStatus"]
  };
}
function statusDetailPropertiesArrayDeserializer(result) {
  return result.map((item) => {
    return statusDetailPropertiesDeserializer(item);
  });
}
function statusDetailPropertiesDeserializer(item) {
  return {
    type: item["type"],
    code: item["code"],
    description: item["description"],
    timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
    correlationId: item["correlationId"]
  };
}
function garbageCollectionPropertiesSerializer(item) {
  return { enabled: item["enabled"], schedule: item["schedule"] };
}
function garbageCollectionPropertiesDeserializer(item) {
  return {
    enabled: item["enabled"],
    schedule: item["schedule"]
  };
}
function connectedRegistryUpdateParametersSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, [
      "syncProperties",
      "logging",
      "clientTokenIds",
      "notificationsList",
      "garbageCollection"
    ]) ? void 0 : _connectedRegistryUpdateParametersPropertiesSerializer(item)
  };
}
function syncUpdatePropertiesSerializer(item) {
  return {
    schedule: item["schedule"],
    syncWindow: item["syncWindow"],
    messageTtl: item["messageTtl"]
  };
}
function _connectedRegistryListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : connectedRegistryArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function connectedRegistryArrayDeserializer(result) {
  return result.map((item) => {
    return connectedRegistryDeserializer(item);
  });
}
function _privateEndpointConnectionListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : privateEndpointConnectionArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function replicationSerializer(item) {
  return {
    tags: item["tags"],
    location: item["location"],
    properties: areAllPropsUndefined(item, ["regionEndpointEnabled", "zoneRedundancy"]) ? void 0 : _replicationPropertiesSerializer(item)
  };
}
function replicationDeserializer(item) {
  return {
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _replicationPropertiesDeserializer(item["properties"])
  };
}
function replicationUpdateParametersSerializer(item) {
  return {
    tags: item["tags"],
    properties: areAllPropsUndefined(item, ["regionEndpointEnabled"]) ? void 0 : _replicationUpdateParametersPropertiesSerializer(item)
  };
}
function _replicationListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : replicationArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function replicationArrayDeserializer(result) {
  return result.map((item) => {
    return replicationDeserializer(item);
  });
}
function scopeMapSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["description", "actions"]) ? void 0 : _scopeMapPropertiesSerializer(item)
  };
}
function scopeMapDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _scopeMapPropertiesDeserializer(item["properties"])
  };
}
function scopeMapUpdateParametersSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["description", "actions"]) ? void 0 : _scopeMapUpdateParametersPropertiesSerializer(item)
  };
}
function _scopeMapListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : scopeMapArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function scopeMapArrayDeserializer(result) {
  return result.map((item) => {
    return scopeMapDeserializer(item);
  });
}
function tokenSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["scopeMapId", "credentials", "status"]) ? void 0 : _tokenPropertiesSerializer(item)
  };
}
function tokenDeserializer(item) {
  return {
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _tokenPropertiesDeserializer(item["properties"])
  };
}
function tokenCredentialsPropertiesSerializer(item) {
  return {
    certificates: !item["certificates"] ? item["certificates"] : tokenCertificateArraySerializer(item["certificates"]),
    passwords: !item["passwords"] ? item["passwords"] : tokenPasswordArraySerializer(item["passwords"])
  };
}
function tokenCredentialsPropertiesDeserializer(item) {
  return {
    certificates: !item["certificates"] ? item["certificates"] : tokenCertificateArrayDeserializer(item["certificates"]),
    passwords: !item["passwords"] ? item["passwords"] : tokenPasswordArrayDeserializer(item["passwords"])
  };
}
function tokenCertificateArraySerializer(result) {
  return result.map((item) => {
    return tokenCertificateSerializer(item);
  });
}
function tokenCertificateArrayDeserializer(result) {
  return result.map((item) => {
    return tokenCertificateDeserializer(item);
  });
}
function tokenCertificateSerializer(item) {
  return {
    name: item["name"],
    expiry: !item["expiry"] ? item["expiry"] : item["expiry"].toISOString(),
    thumbprint: item["thumbprint"],
    encodedPemCertificate: item["encodedPemCertificate"]
  };
}
function tokenCertificateDeserializer(item) {
  return {
    name: item["name"],
    expiry: !item["expiry"] ? item["expiry"] : new Date(item["expiry"]),
    thumbprint: item["thumbprint"],
    encodedPemCertificate: item["encodedPemCertificate"]
  };
}
function tokenUpdateParametersSerializer(item) {
  return {
    properties: areAllPropsUndefined(item, ["scopeMapId", "status", "credentials"]) ? void 0 : _tokenUpdateParametersPropertiesSerializer(item)
  };
}
function _tokenListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : tokenArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function tokenArrayDeserializer(result) {
  return result.map((item) => {
    return tokenDeserializer(item);
  });
}
function webhookDeserializer(item) {
  return {
    tags: !item["tags"] ? item["tags"] : Object.fromEntries(Object.entries(item["tags"]).map(([k, p]) => [k, p])),
    location: item["location"],
    id: item["id"],
    name: item["name"],
    type: item["type"],
    systemData: !item["systemData"] ? item["systemData"] : systemDataDeserializer(item["systemData"]),
    ...!item["properties"] ? item["properties"] : _webhookPropertiesDeserializer(item["properties"])
  };
}
function webhookCreateParametersSerializer(item) {
  return {
    tags: item["tags"],
    location: item["location"],
    properties: areAllPropsUndefined(item, [
      "serviceUri",
      "customHeaders",
      "status",
      "scope",
      "actions"
    ]) ? void 0 : _webhookCreateParametersPropertiesSerializer(item)
  };
}
function webhookUpdateParametersSerializer(item) {
  return {
    tags: item["tags"],
    properties: areAllPropsUndefined(item, [
      "serviceUri",
      "customHeaders",
      "status",
      "scope",
      "actions"
    ]) ? void 0 : _webhookUpdateParametersPropertiesSerializer(item)
  };
}
function _webhookListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : webhookArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function webhookArrayDeserializer(result) {
  return result.map((item) => {
    return webhookDeserializer(item);
  });
}
function eventInfoDeserializer(item) {
  return {
    id: item["id"]
  };
}
function _eventListResultDeserializer(item) {
  return {
    value: !item["value"] ? item["value"] : eventArrayDeserializer(item["value"]),
    nextLink: item["nextLink"]
  };
}
function eventArrayDeserializer(result) {
  return result.map((item) => {
    return eventDeserializer(item);
  });
}
function eventDeserializer(item) {
  return {
    id: item["id"],
    eventRequestMessage: !item["eventRequestMessage"] ? item["eventRequestMessage"] : eventRequestMessageDeserializer(item["eventRequestMessage"]),
    eventResponseMessage: !item["eventResponseMessage"] ? item["eventResponseMessage"] : eventResponseMessageDeserializer(item["eventResponseMessage"])
  };
}
function eventRequestMessageDeserializer(item) {
  return {
    content: !item["content"] ? item["content"] : eventContentDeserializer(item["content"]),
    headers: !item["headers"] ? item["headers"] : Object.fromEntries(Object.entries(item["headers"]).map(([k, p]) => [k, p])),
    method: item["method"],
    requestUri: item["requestUri"],
    version: item["version"]
  };
}
function eventContentDeserializer(item) {
  return {
    id: item["id"],
    timestamp: !item["timestamp"] ? item["timestamp"] : new Date(item["timestamp"]),
    action: item["action"],
    target: !item["target"] ? item["target"] : targetDeserializer(item["target"]),
    request: !item["request"] ? item["request"] : requestDeserializer(item["request"]),
    actor: !item["actor"] ? item["actor"] : actorDeserializer(item["actor"]),
    source: !item["source"] ? item["source"] : sourceDeserializer(item["source"])
  };
}
function targetDeserializer(item) {
  return {
    mediaType: item["mediaType"],
    size: item["size"],
    digest: item["digest"],
    length: item["length"],
    repository: item["repository"],
    url: item["url"],
    tag: item["tag"],
    name: item["name"],
    version: item["version"]
  };
}
function requestDeserializer(item) {
  return {
    id: item["id"],
    addr: item["addr"],
    host: item["host"],
    method: item["method"],
    useragent: item["useragent"]
  };
}
function actorDeserializer(item) {
  return {
    name: item["name"]
  };
}
function sourceDeserializer(item) {
  return {
    addr: item["addr"],
    instanceID: item["instanceID"]
  };
}
function eventResponseMessageDeserializer(item) {
  return {
    content: item["content"],
    headers: !item["headers"] ? item["headers"] : Object.fromEntries(Object.entries(item["headers"]).map(([k, p]) => [k, p])),
    reasonPhrase: item["reasonPhrase"],
    statusCode: item["statusCode"],
    version: item["version"]
  };
}
function callbackConfigDeserializer(item) {
  return {
    serviceUri: item["serviceUri"],
    customHeaders: !item["customHeaders"] ? item["customHeaders"] : Object.fromEntries(
      Object.entries(item["customHeaders"]).map(([k, p]) => [k, p])
    )
  };
}
function _operationDefinitionPropertiesDeserializer(item) {
  return {
    serviceSpecification: !item["serviceSpecification"] ? item["serviceSpecification"] : operationServiceSpecificationDefinitionDeserializer(item["serviceSpecification"])
  };
}
function _privateEndpointConnectionPropertiesSerializer(item) {
  return {
    privateEndpoint: !item["privateEndpoint"] ? item["privateEndpoint"] : privateEndpointSerializer(item["privateEndpoint"]),
    privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"] ? item["privateLinkServiceConnectionState"] : privateLinkServiceConnectionStateSerializer(item["privateLinkServiceConnectionState"])
  };
}
function _privateEndpointConnectionPropertiesDeserializer(item) {
  return {
    privateEndpoint: !item["privateEndpoint"] ? item["privateEndpoint"] : privateEndpointDeserializer(item["privateEndpoint"]),
    privateLinkServiceConnectionState: !item["privateLinkServiceConnectionState"] ? item["privateLinkServiceConnectionState"] : privateLinkServiceConnectionStateDeserializer(item["privateLinkServiceConnectionState"]),
    provisioningState: item["provisioningState"]
  };
}
function _registryPropertiesSerializer(item) {
  return {
    adminUserEnabled: item["adminUserEnabled"],
    networkRuleSet: !item["networkRuleSet"] ? item["networkRuleSet"] : networkRuleSetSerializer(item["networkRuleSet"]),
    policies: !item["policies"] ? item["policies"] : policiesSerializer(item["policies"]),
    encryption: !item["encryption"] ? item["encryption"] : encryptionPropertySerializer(item["encryption"]),
    dataEndpointEnabled: item["dataEndpointEnabled"],
    publicNetworkAccess: item["publicNetworkAccess"],
    networkRuleBypassOptions: item["networkRuleBypassOptions"],
    networkRuleBypassAllowedForTasks: item["networkRuleBypassAllowedForTasks"],
    zoneRedundancy: item["zoneRedundancy"],
    anonymousPullEnabled: item["anonymousPullEnabled"],
    roleAssignmentMode: item["roleAssignmentMode"]
  };
}
function _registryPropertiesDeserializer(item) {
  return {
    loginServer: item["loginServer"],
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"],
    status: !item["status"] ? item["status"] : statusDeserializer(item["status"]),
    adminUserEnabled: item["adminUserEnabled"],
    networkRuleSet: !item["networkRuleSet"] ? item["networkRuleSet"] : networkRuleSetDeserializer(item["networkRuleSet"]),
    policies: !item["policies"] ? item["policies"] : policiesDeserializer(item["policies"]),
    encryption: !item["encryption"] ? item["encryption"] : encryptionPropertyDeserializer(item["encryption"]),
    dataEndpointEnabled: item["dataEndpointEnabled"],
    dataEndpointHostNames: !item["dataEndpointHostNames"] ? item["dataEndpointHostNames"] : item["dataEndpointHostNames"].map((p) => {
      return p;
    }),
    privateEndpointConnections: !item["privateEndpointConnections"] ? item["privateEndpointConnections"] : privateEndpointConnectionArrayDeserializer(item["privateEndpointConnections"]),
    publicNetworkAccess: item["publicNetworkAccess"],
    networkRuleBypassOptions: item["networkRuleBypassOptions"],
    networkRuleBypassAllowedForTasks: item["networkRuleBypassAllowedForTasks"],
    zoneRedundancy: item["zoneRedundancy"],
    anonymousPullEnabled: item["anonymousPullEnabled"],
    roleAssignmentMode: item["roleAssignmentMode"]
  };
}
function _registryUpdateParametersPropertiesSerializer(item) {
  return {
    adminUserEnabled: item["adminUserEnabled"],
    networkRuleSet: !item["networkRuleSet"] ? item["networkRuleSet"] : networkRuleSetSerializer(item["networkRuleSet"]),
    policies: !item["policies"] ? item["policies"] : policiesSerializer(item["policies"]),
    encryption: !item["encryption"] ? item["encryption"] : encryptionPropertySerializer(item["encryption"]),
    dataEndpointEnabled: item["dataEndpointEnabled"],
    publicNetworkAccess: item["publicNetworkAccess"],
    networkRuleBypassOptions: item["networkRuleBypassOptions"],
    networkRuleBypassAllowedForTasks: item["networkRuleBypassAllowedForTasks"],
    anonymousPullEnabled: item["anonymousPullEnabled"],
    roleAssignmentMode: item["roleAssignmentMode"]
  };
}
function _cacheRulePropertiesSerializer(item) {
  return {
    credentialSetResourceId: item["credentialSetResourceId"],
    sourceRepository: item["sourceRepository"],
    targetRepository: item["targetRepository"]
  };
}
function _cacheRulePropertiesDeserializer(item) {
  return {
    credentialSetResourceId: item["credentialSetResourceId"],
    sourceRepository: item["sourceRepository"],
    targetRepository: item["targetRepository"],
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"]
  };
}
function _cacheRuleUpdateParametersPropertiesSerializer(item) {
  return { credentialSetResourceId: item["credentialSetResourceId"] };
}
function _credentialSetPropertiesSerializer(item) {
  return {
    loginServer: item["loginServer"],
    authCredentials: !item["authCredentials"] ? item["authCredentials"] : authCredentialArraySerializer(item["authCredentials"])
  };
}
function _credentialSetPropertiesDeserializer(item) {
  return {
    loginServer: item["loginServer"],
    authCredentials: !item["authCredentials"] ? item["authCredentials"] : authCredentialArrayDeserializer(item["authCredentials"]),
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"]
  };
}
function _credentialSetUpdateParametersPropertiesSerializer(item) {
  return {
    authCredentials: !item["authCredentials"] ? item["authCredentials"] : authCredentialArraySerializer(item["authCredentials"])
  };
}
function _connectedRegistryPropertiesSerializer(item) {
  return {
    mode: item["mode"],
    parent: !item["parent"] ? item["parent"] : parentPropertiesSerializer(item["parent"]),
    clientTokenIds: !item["clientTokenIds"] ? item["clientTokenIds"] : item["clientTokenIds"].map((p) => {
      return p;
    }),
    loginServer: !item["loginServer"] ? item["loginServer"] : loginServerPropertiesSerializer(item["loginServer"]),
    logging: !item["logging"] ? item["logging"] : loggingPropertiesSerializer(item["logging"]),
    notificationsList: !item["notificationsList"] ? item["notificationsList"] : item["notificationsList"].map((p) => {
      return p;
    }),
    garbageCollection: !item["garbageCollection"] ? item["garbageCollection"] : garbageCollectionPropertiesSerializer(item["garbageCollection"])
  };
}
function _connectedRegistryPropertiesDeserializer(item) {
  return {
    provisioningState: item["provisioningState"],
    mode: item["mode"],
    version: item["version"],
    connectionState: item["connectionState"],
    lastActivityTime: !item["lastActivityTime"] ? item["lastActivityTime"] : new Date(item["lastActivityTime"]),
    activation: !item["activation"] ? item["activation"] : activationPropertiesDeserializer(item["activation"]),
    parent: !item["parent"] ? item["parent"] : parentPropertiesDeserializer(item["parent"]),
    clientTokenIds: !item["clientTokenIds"] ? item["clientTokenIds"] : item["clientTokenIds"].map((p) => {
      return p;
    }),
    loginServer: !item["loginServer"] ? item["loginServer"] : loginServerPropertiesDeserializer(item["loginServer"]),
    logging: !item["logging"] ? item["logging"] : loggingPropertiesDeserializer(item["logging"]),
    statusDetails: !item["statusDetails"] ? item["statusDetails"] : statusDetailPropertiesArrayDeserializer(item["statusDetails"]),
    notificationsList: !item["notificationsList"] ? item["notificationsList"] : item["notificationsList"].map((p) => {
      return p;
    }),
    garbageCollection: !item["garbageCollection"] ? item["garbageCollection"] : garbageCollectionPropertiesDeserializer(item["garbageCollection"])
  };
}
function _connectedRegistryUpdateParametersPropertiesSerializer(item) {
  return {
    syncProperties: !item["syncProperties"] ? item["syncProperties"] : syncUpdatePropertiesSerializer(item["syncProperties"]),
    logging: !item["logging"] ? item["logging"] : loggingPropertiesSerializer(item["logging"]),
    clientTokenIds: !item["clientTokenIds"] ? item["clientTokenIds"] : item["clientTokenIds"].map((p) => {
      return p;
    }),
    notificationsList: !item["notificationsList"] ? item["notificationsList"] : item["notificationsList"].map((p) => {
      return p;
    }),
    garbageCollection: !item["garbageCollection"] ? item["garbageCollection"] : garbageCollectionPropertiesSerializer(item["garbageCollection"])
  };
}
function _replicationPropertiesSerializer(item) {
  return {
    regionEndpointEnabled: item["regionEndpointEnabled"],
    zoneRedundancy: item["zoneRedundancy"]
  };
}
function _replicationPropertiesDeserializer(item) {
  return {
    provisioningState: item["provisioningState"],
    status: !item["status"] ? item["status"] : statusDeserializer(item["status"]),
    regionEndpointEnabled: item["regionEndpointEnabled"],
    zoneRedundancy: item["zoneRedundancy"]
  };
}
function _replicationUpdateParametersPropertiesSerializer(item) {
  return { regionEndpointEnabled: item["regionEndpointEnabled"] };
}
function _scopeMapPropertiesSerializer(item) {
  return {
    description: item["description"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    })
  };
}
function _scopeMapPropertiesDeserializer(item) {
  return {
    description: item["description"],
    typePropertiesType: item["type"],
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    })
  };
}
function _scopeMapUpdateParametersPropertiesSerializer(item) {
  return {
    description: item["description"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    })
  };
}
function _tokenPropertiesSerializer(item) {
  return {
    scopeMapId: item["scopeMapId"],
    credentials: !item["credentials"] ? item["credentials"] : tokenCredentialsPropertiesSerializer(item["credentials"]),
    status: item["status"]
  };
}
function _tokenPropertiesDeserializer(item) {
  return {
    creationDate: !item["creationDate"] ? item["creationDate"] : new Date(item["creationDate"]),
    provisioningState: item["provisioningState"],
    scopeMapId: item["scopeMapId"],
    credentials: !item["credentials"] ? item["credentials"] : tokenCredentialsPropertiesDeserializer(item["credentials"]),
    status: item["status"]
  };
}
function _tokenUpdateParametersPropertiesSerializer(item) {
  return {
    scopeMapId: item["scopeMapId"],
    status: item["status"],
    credentials: !item["credentials"] ? item["credentials"] : tokenCredentialsPropertiesSerializer(item["credentials"])
  };
}
function _webhookPropertiesDeserializer(item) {
  return {
    status: item["status"],
    scope: item["scope"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    }),
    provisioningState: item["provisioningState"]
  };
}
function _webhookCreateParametersPropertiesSerializer(item) {
  return {
    serviceUri: item["serviceUri"],
    customHeaders: item["customHeaders"],
    status: item["status"],
    scope: item["scope"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    })
  };
}
function _webhookUpdateParametersPropertiesSerializer(item) {
  return {
    serviceUri: item["serviceUri"],
    customHeaders: item["customHeaders"],
    status: item["status"],
    scope: item["scope"],
    actions: !item["actions"] ? item["actions"] : item["actions"].map((p) => {
      return p;
    })
  };
}

// node_modules/@azure/arm-containerregistry/dist/esm/static-helpers/pagingHelpers.js
function buildPagedAsyncIterator(client, getInitialResponse, processResponseBody, expectedStatuses, options = {}) {
  const itemName = options.itemName ?? "value";
  const nextLinkName = options.nextLinkName ?? "nextLink";
  const nextLinkMethod = options.nextLinkMethod ?? "GET";
  const pagedResult = {
    getPage: async (pageLink) => {
      const result = pageLink === void 0 ? await getInitialResponse() : nextLinkMethod === "POST" ? await client.pathUnchecked(pageLink).post() : await client.pathUnchecked(pageLink).get();
      checkPagingRequest(result, expectedStatuses);
      const results = await processResponseBody(result);
      const nextLink = getNextLink(results, nextLinkName);
      const values = getElements(results, itemName);
      return {
        page: values,
        nextPageLink: nextLink
      };
    },
    byPage: (settings) => {
      const { continuationToken } = settings ?? {};
      return getPageAsyncIterator(pagedResult, {
        pageLink: continuationToken
      });
    }
  };
  return getPagedAsyncIterator(pagedResult);
}
function getPagedAsyncIterator(pagedResult) {
  const iter = getItemAsyncIterator(pagedResult);
  return {
    next() {
      return iter.next();
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    byPage: pagedResult?.byPage ?? ((settings) => {
      const { continuationToken } = settings ?? {};
      return getPageAsyncIterator(pagedResult, {
        pageLink: continuationToken
      });
    })
  };
}
async function* getItemAsyncIterator(pagedResult) {
  const pages = getPageAsyncIterator(pagedResult);
  for await (const page of pages) {
    yield* page;
  }
}
async function* getPageAsyncIterator(pagedResult, options = {}) {
  const { pageLink } = options;
  let response = await pagedResult.getPage(pageLink ?? pagedResult.firstPageLink);
  if (!response) {
    return;
  }
  let result = response.page;
  result.continuationToken = response.nextPageLink;
  yield result;
  while (response.nextPageLink) {
    response = await pagedResult.getPage(response.nextPageLink);
    if (!response) {
      return;
    }
    result = response.page;
    result.continuationToken = response.nextPageLink;
    yield result;
  }
}
function getNextLink(body, nextLinkName) {
  if (!nextLinkName) {
    return void 0;
  }
  const nextLink = body[nextLinkName];
  if (typeof nextLink !== "string" && typeof nextLink !== "undefined" && nextLink !== null) {
    throw new RestError(
      `Body Property ${nextLinkName} should be a string or undefined or null but got ${typeof nextLink}`
    );
  }
  if (nextLink === null) {
    return void 0;
  }
  return nextLink;
}
function getElements(body, itemName) {
  const value = body[itemName];
  if (!Array.isArray(value)) {
    throw new RestError(
      `Couldn't paginate response
 Body doesn't contain an array property with name: ${itemName}`
    );
  }
  return value ?? [];
}
function checkPagingRequest(response, expectedStatuses) {
  if (!expectedStatuses.includes(response.status)) {
    throw createRestError(
      `Pagination failed with unexpected statusCode ${response.status}`,
      response
    );
  }
}

// node_modules/@azure/arm-containerregistry/node_modules/@azure/core-lro/dist/esm/logger.js
var logger2 = createClientLogger("core-lro");

// node_modules/@azure/arm-containerregistry/node_modules/@azure/core-lro/dist/esm/poller/constants.js
var POLL_INTERVAL_IN_MS = 2e3;
var terminalStates = ["succeeded", "canceled", "failed"];

// node_modules/@azure/arm-containerregistry/node_modules/@azure/core-lro/dist/esm/poller/operation.js
function deserializeState(serializedState) {
  try {
    return JSON.parse(serializedState).state;
  } catch (e) {
    throw new Error(`Unable to deserialize input state: ${serializedState}`);
  }
}
function setStateError(inputs) {
  const { state, isOperationError: isOperationError2 } = inputs;
  return (error) => {
    if (isOperationError2(error)) {
      state.error = error;
      state.status = "failed";
    }
    throw error;
  };
}
function appendReadableErrorMessage(currentMessage, innerMessage) {
  let message = currentMessage;
  if (message.slice(-1) !== ".") {
    message = message + ".";
  }
  return message + " " + innerMessage;
}
function simplifyError(err) {
  let message = err.message;
  let code = err.code;
  let curErr = err;
  while (curErr.innererror) {
    curErr = curErr.innererror;
    code = curErr.code;
    message = appendReadableErrorMessage(message, curErr.message);
  }
  return {
    code,
    message
  };
}
async function processOperationStatus(result) {
  const { state, status, isDone, processResult, getError, response, setErrorAsResult } = result;
  switch (status) {
    case "succeeded": {
      state.status = "succeeded";
      break;
    }
    case "failed": {
      const err = getError?.(response);
      let postfix = "";
      if (err) {
        const { code, message } = simplifyError(err);
        postfix = `. ${code}. ${message}`;
      }
      const errStr = `The long-running operation has failed${postfix}`;
      state.error = new Error(errStr);
      state.status = "failed";
      logger2.warning(errStr);
      break;
    }
    case "canceled": {
      state.status = "canceled";
      break;
    }
  }
  if (isDone?.(response, state) || isDone === void 0 && ["succeeded", "canceled"].concat(setErrorAsResult ? [] : ["failed"]).includes(status)) {
    state.result = await buildResult({
      response,
      state,
      processResult
    });
  }
}
async function buildResult(inputs) {
  const { processResult, response, state } = inputs;
  return processResult ? processResult(response, state) : response;
}
async function initOperation(inputs) {
  const { init, processResult, getOperationStatus: getOperationStatus2, withOperationLocation, setErrorAsResult } = inputs;
  const { operationLocation, resourceLocation, initialRequestUrl, requestMethod, metadata, response } = await init();
  if (operationLocation)
    withOperationLocation?.(operationLocation, false);
  const config = {
    metadata,
    operationLocation,
    resourceLocation,
    initialRequestUrl,
    requestMethod
  };
  logger2.verbose(`LRO: Operation description:`, config);
  const state = { status: "running", config };
  const status = getOperationStatus2({ response, state, operationLocation });
  await processOperationStatus({
    state,
    status,
    response,
    setErrorAsResult,
    processResult
  });
  return state;
}
async function pollOperationHelper(inputs) {
  const { poll, state, operationLocation, getOperationStatus: getOperationStatus2, getResourceLocation: getResourceLocation2, isOperationError: isOperationError2, options } = inputs;
  const response = await poll(operationLocation, options).catch(setStateError({
    state,
    isOperationError: isOperationError2
  }));
  const status = getOperationStatus2(response, state);
  logger2.verbose(`LRO: Status:
	Polling from: ${state.config.operationLocation}
	Operation status: ${status}
	Polling status: ${terminalStates.includes(status) ? "Stopped" : "Running"}`);
  if (status === "succeeded") {
    const resourceLocation = getResourceLocation2(response, state);
    if (resourceLocation !== void 0) {
      return {
        response: await poll(resourceLocation).catch(setStateError({ state, isOperationError: isOperationError2 })),
        status
      };
    }
  }
  return { response, status };
}
async function pollOperation(inputs) {
  const { poll, state, options, getOperationStatus: getOperationStatus2, getResourceLocation: getResourceLocation2, getOperationLocation: getOperationLocation2, isOperationError: isOperationError2, withOperationLocation, getPollingInterval, processResult, getError, updateState, setDelay, isDone, setErrorAsResult } = inputs;
  const { operationLocation } = state.config;
  if (operationLocation !== void 0) {
    const { response, status } = await pollOperationHelper({
      poll,
      getOperationStatus: getOperationStatus2,
      state,
      operationLocation,
      getResourceLocation: getResourceLocation2,
      isOperationError: isOperationError2,
      options
    });
    await processOperationStatus({
      status,
      response,
      state,
      isDone,
      processResult,
      getError,
      setErrorAsResult
    });
    if (!terminalStates.includes(status)) {
      const intervalInMs = getPollingInterval?.(response);
      if (intervalInMs)
        setDelay(intervalInMs);
      const location = getOperationLocation2?.(response, state);
      if (location !== void 0) {
        const isUpdated = operationLocation !== location;
        state.config.operationLocation = location;
        withOperationLocation?.(location, isUpdated);
      } else
        withOperationLocation?.(operationLocation, false);
    }
    updateState?.(state, response);
  }
}

// node_modules/@azure/arm-containerregistry/node_modules/@azure/core-lro/dist/esm/http/operation.js
function getOperationLocationPollingUrl(inputs) {
  const { azureAsyncOperation, operationLocation } = inputs;
  return operationLocation ?? azureAsyncOperation;
}
function getLocationHeader(rawResponse) {
  return rawResponse.headers["location"];
}
function getOperationLocationHeader(rawResponse) {
  return rawResponse.headers["operation-location"];
}
function getAzureAsyncOperationHeader(rawResponse) {
  return rawResponse.headers["azure-asyncoperation"];
}
function findResourceLocation(inputs) {
  const { location, requestMethod, requestPath, resourceLocationConfig, skipFinalGet } = inputs;
  if (skipFinalGet) {
    return void 0;
  }
  switch (requestMethod) {
    case "PUT": {
      return requestPath;
    }
    case "DELETE": {
      return void 0;
    }
    case "PATCH": {
      return getDefault() ?? requestPath;
    }
    default: {
      return getDefault();
    }
  }
  function getDefault() {
    switch (resourceLocationConfig) {
      case "operation-location":
      case "azure-async-operation": {
        return void 0;
      }
      case "original-uri": {
        return requestPath;
      }
      case "location":
      default: {
        return location;
      }
    }
  }
}
function inferLroMode(rawResponse, resourceLocationConfig, skipFinalGet) {
  const requestPath = rawResponse.request.url;
  const requestMethod = rawResponse.request.method;
  const operationLocation = getOperationLocationHeader(rawResponse);
  const azureAsyncOperation = getAzureAsyncOperationHeader(rawResponse);
  const pollingUrl = getOperationLocationPollingUrl({ operationLocation, azureAsyncOperation });
  const location = getLocationHeader(rawResponse);
  const normalizedRequestMethod = requestMethod?.toLocaleUpperCase();
  if (pollingUrl !== void 0) {
    return {
      mode: "OperationLocation",
      operationLocation: pollingUrl,
      resourceLocation: findResourceLocation({
        requestMethod: normalizedRequestMethod,
        location,
        requestPath,
        resourceLocationConfig,
        skipFinalGet
      }),
      initialRequestUrl: requestPath,
      requestMethod
    };
  } else if (location !== void 0) {
    return {
      mode: "ResourceLocation",
      operationLocation: location,
      initialRequestUrl: requestPath,
      requestMethod
    };
  } else if (normalizedRequestMethod === "PUT" && requestPath) {
    return {
      mode: "Body",
      operationLocation: requestPath,
      initialRequestUrl: requestPath,
      requestMethod
    };
  } else {
    return void 0;
  }
}
function transformStatus(inputs) {
  const { status, statusCode } = inputs;
  if (typeof status !== "string" && status !== void 0) {
    throw new Error(`Polling was unsuccessful. Expected status to have a string value or no value but it has instead: ${status}. This doesn't necessarily indicate the operation has failed. Check your Azure subscription or resource status for more information.`);
  }
  logger2.verbose(`LRO: Transforming status: ${status} with status code: ${statusCode}.`);
  const lowerCaseStatus = status?.toLocaleLowerCase();
  if (!lowerCaseStatus) {
    return toOperationStatus(statusCode);
  }
  if (lowerCaseStatus.includes("succeeded")) {
    return "succeeded";
  }
  if (lowerCaseStatus.includes("fail")) {
    return "failed";
  }
  if (["canceled", "cancelled"].includes(lowerCaseStatus)) {
    return "canceled";
  }
  return "running";
}
function getStatus(rawResponse) {
  const { status } = rawResponse.body ?? {};
  return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function getProvisioningState(rawResponse) {
  const { properties, provisioningState } = rawResponse.body ?? {};
  const status = properties?.provisioningState ?? provisioningState;
  return transformStatus({ status, statusCode: rawResponse.statusCode });
}
function toOperationStatus(statusCode) {
  if (statusCode === 202) {
    return "running";
  } else if (statusCode < 300) {
    return "succeeded";
  } else {
    return "failed";
  }
}
function parseRetryAfter({ rawResponse }) {
  const retryAfter = rawResponse.headers["retry-after"];
  if (retryAfter !== void 0) {
    const retryAfterInSeconds = parseInt(retryAfter);
    return isNaN(retryAfterInSeconds) ? calculatePollingIntervalFromDate(new Date(retryAfter)) : retryAfterInSeconds * 1e3;
  }
  return void 0;
}
function getErrorFromResponse(response) {
  const error = accessBodyProperty(response, "error");
  if (!error) {
    logger2.warning(`The long-running operation failed but there is no error property in the response's body`);
    return;
  }
  if (!error.code || !error.message) {
    logger2.warning(`The long-running operation failed but the error property in the response's body doesn't contain code or message`);
    return;
  }
  return error;
}
function calculatePollingIntervalFromDate(retryAfterDate) {
  const timeNow = Math.floor((/* @__PURE__ */ new Date()).getTime());
  const retryAfterTime = retryAfterDate.getTime();
  if (timeNow < retryAfterTime) {
    return retryAfterTime - timeNow;
  }
  return void 0;
}
function getStatusFromInitialResponse(inputs) {
  const { response, state, operationLocation } = inputs;
  function helper() {
    const mode = state.config.metadata?.["mode"];
    switch (mode) {
      case void 0:
        return toOperationStatus(response.rawResponse.statusCode);
      case "Body":
        return getOperationStatus(response, state);
      default:
        return "running";
    }
  }
  const status = helper();
  return status === "running" && operationLocation === void 0 ? "succeeded" : status;
}
function getOperationLocation({ rawResponse }, state) {
  const mode = state.config.metadata?.["mode"];
  switch (mode) {
    case "OperationLocation": {
      return getOperationLocationPollingUrl({
        operationLocation: getOperationLocationHeader(rawResponse),
        azureAsyncOperation: getAzureAsyncOperationHeader(rawResponse)
      });
    }
    case "ResourceLocation": {
      return getLocationHeader(rawResponse);
    }
    case "Body":
    default: {
      return void 0;
    }
  }
}
function getOperationStatus({ rawResponse }, state) {
  const mode = state.config.metadata?.["mode"];
  switch (mode) {
    case "OperationLocation": {
      return getStatus(rawResponse);
    }
    case "ResourceLocation": {
      return toOperationStatus(rawResponse.statusCode);
    }
    case "Body": {
      return getProvisioningState(rawResponse);
    }
    default:
      throw new Error(`Internal error: Unexpected operation mode: ${mode}`);
  }
}
function accessBodyProperty({ flatResponse, rawResponse }, prop) {
  return flatResponse?.[prop] ?? rawResponse.body?.[prop];
}
function getResourceLocation(res, state) {
  const loc = accessBodyProperty(res, "resourceLocation");
  if (loc && typeof loc === "string") {
    state.config.resourceLocation = loc;
  }
  return state.config.resourceLocation;
}
function isOperationError(e) {
  return e.name === "RestError";
}

// node_modules/@azure/arm-containerregistry/node_modules/@azure/core-lro/dist/esm/poller/poller.js
function buildCreatePoller(inputs) {
  const { getOperationLocation: getOperationLocation2, getStatusFromInitialResponse: getStatusFromInitialResponse2, getStatusFromPollResponse, isOperationError: isOperationError2, getResourceLocation: getResourceLocation2, getPollingInterval, getError, resolveOnUnsuccessful } = inputs;
  return ({ init, poll }, options) => {
    const { processResult, updateState, withOperationLocation: withOperationLocationCallback, intervalInMs = POLL_INTERVAL_IN_MS, restoreFrom } = options || {};
    const withOperationLocation = withOperationLocationCallback ? /* @__PURE__ */ (() => {
      let called = false;
      return (operationLocation, isUpdated) => {
        if (isUpdated)
          withOperationLocationCallback(operationLocation);
        else if (!called)
          withOperationLocationCallback(operationLocation);
        called = true;
      };
    })() : void 0;
    let statePromise;
    let state;
    if (restoreFrom) {
      state = deserializeState(restoreFrom);
      statePromise = Promise.resolve(state);
    } else {
      statePromise = initOperation({
        init,
        processResult,
        getOperationStatus: getStatusFromInitialResponse2,
        withOperationLocation,
        setErrorAsResult: !resolveOnUnsuccessful
      }).then((s) => state = s);
    }
    let resultPromise;
    const abortController = new AbortController();
    const handlers = /* @__PURE__ */ new Map();
    const handleProgressEvents = async () => handlers.forEach((h) => h(state));
    const cancelErrMsg = "Operation was canceled";
    let currentPollIntervalInMs = intervalInMs;
    const poller = {
      get operationState() {
        return state;
      },
      get result() {
        return state?.result;
      },
      get isDone() {
        return ["succeeded", "failed", "canceled"].includes(state?.status ?? "");
      },
      onProgress: (callback) => {
        const s = /* @__PURE__ */ Symbol();
        handlers.set(s, callback);
        return () => handlers.delete(s);
      },
      serialize: async () => {
        await statePromise;
        return JSON.stringify({
          state
        });
      },
      submitted: async () => {
        await statePromise;
      },
      pollUntilDone: async (pollOptions) => {
        resultPromise ??= (async () => {
          await statePromise;
          if (!state) {
            throw new Error("Poller should be initialized but it is not!");
          }
          const { abortSignal: inputAbortSignal } = pollOptions || {};
          function abortListener() {
            abortController.abort();
          }
          const abortSignal = abortController.signal;
          if (inputAbortSignal?.aborted) {
            abortController.abort();
          } else if (!abortSignal.aborted) {
            inputAbortSignal?.addEventListener("abort", abortListener, { once: true });
          }
          try {
            if (!poller.isDone) {
              await poller.poll({ abortSignal });
              while (!poller.isDone) {
                await delay(currentPollIntervalInMs, { abortSignal });
                await poller.poll({ abortSignal });
              }
            }
          } finally {
            inputAbortSignal?.removeEventListener("abort", abortListener);
          }
          if (resolveOnUnsuccessful) {
            return poller.result;
          } else {
            switch (state.status) {
              case "succeeded":
                return poller.result;
              case "canceled":
                throw new Error(cancelErrMsg);
              case "failed":
                throw state.error;
              case "notStarted":
              case "running":
                throw new Error(`Polling completed without succeeding or failing`);
            }
          }
        })().finally(() => {
          resultPromise = void 0;
        });
        return resultPromise;
      },
      async poll(pollOptions) {
        await statePromise;
        if (!state) {
          throw new Error("Poller should be initialized but it is not!");
        }
        if (resolveOnUnsuccessful) {
          if (poller.isDone)
            return state;
        } else {
          switch (state.status) {
            case "succeeded":
              return state;
            case "canceled":
              throw new Error(cancelErrMsg);
            case "failed":
              throw state.error;
          }
        }
        await pollOperation({
          poll,
          state,
          getOperationLocation: getOperationLocation2,
          isOperationError: isOperationError2,
          withOperationLocation,
          getPollingInterval,
          getOperationStatus: getStatusFromPollResponse,
          getResourceLocation: getResourceLocation2,
          processResult,
          getError,
          updateState,
          options: pollOptions,
          setDelay: (pollIntervalInMs) => {
            currentPollIntervalInMs = pollIntervalInMs;
          },
          setErrorAsResult: !resolveOnUnsuccessful
        });
        await handleProgressEvents();
        if (!resolveOnUnsuccessful) {
          switch (state.status) {
            case "canceled":
              throw new Error(cancelErrMsg);
            case "failed":
              throw state.error;
          }
        }
        return state;
      },
      then(onfulfilled, onrejected) {
        return poller.pollUntilDone().then(onfulfilled, onrejected);
      },
      catch(onrejected) {
        return poller.pollUntilDone().catch(onrejected);
      },
      finally(onfinally) {
        return poller.pollUntilDone().finally(onfinally);
      },
      [Symbol.toStringTag]: "Poller"
    };
    return poller;
  };
}

// node_modules/@azure/arm-containerregistry/node_modules/@azure/core-lro/dist/esm/http/utils.js
function rewriteUrl({ url, baseUrl }) {
  if (!url) {
    return void 0;
  }
  if (!baseUrl) {
    return url;
  }
  let originalUrl;
  try {
    originalUrl = new URL(url);
  } catch {
    try {
      originalUrl = new URL(url, baseUrl);
    } catch (e) {
      throw new Error(`Invalid input URL provided: ${url}`);
    }
  }
  let newBase;
  try {
    newBase = new URL(baseUrl);
  } catch (e) {
    throw new Error(`Invalid base URL provided: ${baseUrl}`);
  }
  const rewrittenUrl = new URL(`${originalUrl.pathname}${originalUrl.search}${originalUrl.hash}`, newBase);
  return rewrittenUrl.toString();
}

// node_modules/@azure/arm-containerregistry/node_modules/@azure/core-lro/dist/esm/http/poller.js
function createHttpPoller(lro, options) {
  const { resourceLocationConfig, intervalInMs, processResult, restoreFrom, updateState, withOperationLocation, resolveOnUnsuccessful = false, baseUrl, skipFinalGet } = options || {};
  return buildCreatePoller({
    getStatusFromInitialResponse,
    getStatusFromPollResponse: getOperationStatus,
    isOperationError,
    getOperationLocation,
    getResourceLocation,
    getPollingInterval: parseRetryAfter,
    getError: getErrorFromResponse,
    resolveOnUnsuccessful
  })({
    init: async () => {
      const response = await lro.sendInitialRequest();
      const config = inferLroMode(response.rawResponse, resourceLocationConfig, skipFinalGet);
      return {
        response,
        operationLocation: rewriteUrl({ url: config?.operationLocation, baseUrl }),
        resourceLocation: rewriteUrl({ url: config?.resourceLocation, baseUrl }),
        initialRequestUrl: config?.initialRequestUrl,
        requestMethod: config?.requestMethod,
        ...config?.mode ? { metadata: { mode: config.mode } } : {}
      };
    },
    poll: lro.sendPollRequest
  }, {
    intervalInMs,
    withOperationLocation,
    restoreFrom,
    updateState,
    processResult: processResult ? ({ flatResponse }, state) => processResult(flatResponse, state) : ({ flatResponse }) => flatResponse
  });
}

// node_modules/@azure/arm-containerregistry/dist/esm/static-helpers/pollingHelpers.js
function getLongRunningPoller(client, processResponseBody, expectedStatuses, options) {
  const { restoreFrom, getInitialResponse } = options;
  if (!restoreFrom && !getInitialResponse) {
    throw new Error("Either restoreFrom or getInitialResponse must be specified");
  }
  let initialResponse = void 0;
  const pollAbortController = new AbortController();
  const poller = {
    sendInitialRequest: async () => {
      if (!getInitialResponse) {
        throw new Error("getInitialResponse is required when initializing a new poller");
      }
      initialResponse = await getInitialResponse();
      return getLroResponse(initialResponse, expectedStatuses);
    },
    sendPollRequest: async (path, pollOptions) => {
      function abortListener() {
        pollAbortController.abort();
      }
      const abortSignal = pollAbortController.signal;
      if (options.abortSignal?.aborted) {
        pollAbortController.abort();
      } else if (pollOptions?.abortSignal?.aborted) {
        pollAbortController.abort();
      } else if (!abortSignal.aborted) {
        options.abortSignal?.addEventListener("abort", abortListener, {
          once: true
        });
        pollOptions?.abortSignal?.addEventListener("abort", abortListener, {
          once: true
        });
      }
      let response;
      try {
        response = await client.pathUnchecked(path).get({ abortSignal });
      } finally {
        options.abortSignal?.removeEventListener("abort", abortListener);
        pollOptions?.abortSignal?.removeEventListener("abort", abortListener);
      }
      return getLroResponse(response, expectedStatuses);
    }
  };
  return createHttpPoller(poller, {
    intervalInMs: options?.updateIntervalInMs,
    resourceLocationConfig: options?.resourceLocationConfig,
    restoreFrom: options?.restoreFrom,
    processResult: (result) => {
      return processResponseBody(result);
    }
  });
}
function getLroResponse(response, expectedStatuses) {
  if (!expectedStatuses.includes(response.status)) {
    throw createRestError(response);
  }
  return {
    flatResponse: response,
    rawResponse: {
      ...response,
      statusCode: Number.parseInt(response.status),
      body: response.body
    }
  };
}

// node_modules/@azure/arm-containerregistry/dist/esm/static-helpers/urlTemplate.js
function encodeComponent(val, reserved, op) {
  return (reserved ?? op === "+") || op === "#" ? encodeReservedComponent(val) : encodeRFC3986URIComponent(val);
}
function encodeReservedComponent(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map((part) => !/%[0-9A-Fa-f]/.test(part) ? encodeURI(part) : part).join("");
}
function encodeRFC3986URIComponent(str) {
  return encodeURIComponent(str).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function isDefined(val) {
  return val !== void 0 && val !== null;
}
function getNamedAndIfEmpty(op) {
  return [!!op && [";", "?", "&"].includes(op), !!op && ["?", "&"].includes(op) ? "=" : ""];
}
function getFirstOrSep(op, isFirst = false) {
  if (isFirst) {
    return !op || op === "+" ? "" : op;
  } else if (!op || op === "+" || op === "#") {
    return ",";
  } else if (op === "?") {
    return "&";
  } else {
    return op;
  }
}
function getExpandedValue(option) {
  let isFirst = option.isFirst;
  const { op, varName, varValue: value, reserved } = option;
  const vals = [];
  const [named, ifEmpty] = getNamedAndIfEmpty(op);
  if (Array.isArray(value)) {
    for (const val of value.filter(isDefined)) {
      vals.push(`${getFirstOrSep(op, isFirst)}`);
      if (named && varName) {
        vals.push(`${encodeURIComponent(varName)}`);
        if (val === "") {
          vals.push(ifEmpty);
        } else {
          vals.push("=");
        }
      }
      vals.push(encodeComponent(val, reserved, op));
      isFirst = false;
    }
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      const val = value[key];
      if (!isDefined(val)) {
        continue;
      }
      vals.push(`${getFirstOrSep(op, isFirst)}`);
      if (key) {
        vals.push(`${encodeURIComponent(key)}`);
        if (named && val === "") {
          vals.push(ifEmpty);
        } else {
          vals.push("=");
        }
      }
      vals.push(encodeComponent(val, reserved, op));
      isFirst = false;
    }
  }
  return vals.join("");
}
function getNonExpandedValue(option) {
  const { op, varName, varValue: value, isFirst, reserved } = option;
  const vals = [];
  const first = getFirstOrSep(op, isFirst);
  const [named, ifEmpty] = getNamedAndIfEmpty(op);
  if (named && varName) {
    vals.push(encodeComponent(varName, reserved, op));
    if (value === "") {
      if (!ifEmpty) {
        vals.push(ifEmpty);
      }
      return !vals.join("") ? void 0 : `${first}${vals.join("")}`;
    }
    vals.push("=");
  }
  const items = [];
  if (Array.isArray(value)) {
    for (const val of value.filter(isDefined)) {
      items.push(encodeComponent(val, reserved, op));
    }
  } else if (typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (!isDefined(value[key])) {
        continue;
      }
      items.push(encodeRFC3986URIComponent(key));
      items.push(encodeComponent(value[key], reserved, op));
    }
  }
  vals.push(items.join(","));
  return !vals.join(",") ? void 0 : `${first}${vals.join("")}`;
}
function getVarValue(option) {
  const { op, varName, modifier, isFirst, reserved, varValue: value } = option;
  if (!isDefined(value)) {
    return void 0;
  } else if (["string", "number", "boolean"].includes(typeof value)) {
    let val = value.toString();
    const [named, ifEmpty] = getNamedAndIfEmpty(op);
    const vals = [getFirstOrSep(op, isFirst)];
    if (named && varName) {
      vals.push(varName);
      if (val === "") {
        vals.push(ifEmpty);
      } else {
        vals.push("=");
      }
    }
    if (modifier && modifier !== "*") {
      val = val.substring(0, parseInt(modifier, 10));
    }
    vals.push(encodeComponent(val, reserved, op));
    return vals.join("");
  } else if (modifier === "*") {
    return getExpandedValue(option);
  } else {
    return getNonExpandedValue(option);
  }
}
function expandUrlTemplate(template, context, option) {
  const result = template.replace(/\{([^{}]+)\}|([^{}]+)/g, (_, expr, text) => {
    if (!expr) {
      return encodeReservedComponent(text);
    }
    let op;
    if (["+", "#", ".", "/", ";", "?", "&"].includes(expr[0])) {
      op = expr[0];
      expr = expr.slice(1);
    }
    const varList = expr.split(/,/g);
    const result2 = [];
    for (const varSpec of varList) {
      const varMatch = /([^:*]*)(?::(\d+)|(\*))?/.exec(varSpec);
      if (!varMatch || !varMatch[1]) {
        continue;
      }
      const varValue = getVarValue({
        isFirst: result2.length === 0,
        op,
        varValue: context[varMatch[1]],
        varName: varMatch[1],
        modifier: varMatch[2] || varMatch[3],
        reserved: option?.allowReserved
      });
      if (varValue) {
        result2.push(varValue);
      }
    }
    return result2.join("");
  });
  return normalizeUnreserved(result);
}
function normalizeUnreserved(uri) {
  return uri.replace(/%([0-9A-Fa-f]{2})/g, (match, hex) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    if (/[\-.~]/.test(char)) {
      return char;
    }
    return match;
  });
}

// node_modules/@azure/arm-containerregistry/dist/esm/api/cacheRules/operations.js
function _listSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _cacheRulesListResultDeserializer(result.body);
}
function list(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listSend(context, resourceGroupName, registryName, options),
    _listDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _$deleteSend(context, resourceGroupName, registryName, cacheRuleName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules/{cacheRuleName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      cacheRuleName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize(result) {
  const expectedStatuses = ["202", "204", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function $delete(context, resourceGroupName, registryName, cacheRuleName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize, ["202", "204", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend(context, resourceGroupName, registryName, cacheRuleName, options),
    resourceLocationConfig: "location"
  });
}
function _updateSend(context, resourceGroupName, registryName, cacheRuleName, cacheRuleUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules/{cacheRuleName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      cacheRuleName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: cacheRuleUpdateParametersSerializer(cacheRuleUpdateParameters)
  });
}
async function _updateDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return cacheRuleDeserializer(result.body);
}
function update(context, resourceGroupName, registryName, cacheRuleName, cacheRuleUpdateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _updateDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _updateSend(
      context,
      resourceGroupName,
      registryName,
      cacheRuleName,
      cacheRuleUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _createSend(context, resourceGroupName, registryName, cacheRuleName, cacheRuleCreateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules/{cacheRuleName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      cacheRuleName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: cacheRuleSerializer(cacheRuleCreateParameters)
  });
}
async function _createDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return cacheRuleDeserializer(result.body);
}
function create(context, resourceGroupName, registryName, cacheRuleName, cacheRuleCreateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createSend(
      context,
      resourceGroupName,
      registryName,
      cacheRuleName,
      cacheRuleCreateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _getSend(context, resourceGroupName, registryName, cacheRuleName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/cacheRules/{cacheRuleName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      cacheRuleName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return cacheRuleDeserializer(result.body);
}
async function get(context, resourceGroupName, registryName, cacheRuleName, options = { requestOptions: {} }) {
  const result = await _getSend(context, resourceGroupName, registryName, cacheRuleName, options);
  return _getDeserialize(result);
}

// node_modules/@azure/arm-containerregistry/dist/esm/static-helpers/simplePollerHelpers.js
function getSimplePoller(poller) {
  const simplePoller = {
    isDone() {
      return poller.isDone;
    },
    isStopped() {
      throw new Error("isStopped is deprecated. Use abortSignal status to track this instead.");
    },
    getOperationState() {
      if (!poller.operationState) {
        throw new Error(
          "Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState()."
        );
      }
      return poller.operationState;
    },
    getResult() {
      return poller.result;
    },
    toString() {
      if (!poller.operationState) {
        throw new Error(
          "Operation state is not available. The poller may not have been started and you could await submitted() before calling getOperationState()."
        );
      }
      return JSON.stringify({
        state: poller.operationState
      });
    },
    stopPolling() {
      throw new Error("stopPolling is deprecated. Use abortSignal to stop polling instead.");
    },
    onProgress: poller.onProgress,
    poll: poller.poll,
    pollUntilDone: poller.pollUntilDone,
    serialize: poller.serialize,
    submitted: poller.submitted
  };
  return simplePoller;
}

// node_modules/@azure/arm-containerregistry/dist/esm/classic/cacheRules/index.js
function _getCacheRules(context) {
  return {
    list: (resourceGroupName, registryName, options) => list(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, cacheRuleName, options) => $delete(context, resourceGroupName, registryName, cacheRuleName, options),
    beginDelete: async (resourceGroupName, registryName, cacheRuleName, options) => {
      const poller = $delete(context, resourceGroupName, registryName, cacheRuleName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, cacheRuleName, options) => {
      return await $delete(context, resourceGroupName, registryName, cacheRuleName, options);
    },
    update: (resourceGroupName, registryName, cacheRuleName, cacheRuleUpdateParameters, options) => update(
      context,
      resourceGroupName,
      registryName,
      cacheRuleName,
      cacheRuleUpdateParameters,
      options
    ),
    beginUpdate: async (resourceGroupName, registryName, cacheRuleName, cacheRuleUpdateParameters, options) => {
      const poller = update(
        context,
        resourceGroupName,
        registryName,
        cacheRuleName,
        cacheRuleUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, cacheRuleName, cacheRuleUpdateParameters, options) => {
      return await update(
        context,
        resourceGroupName,
        registryName,
        cacheRuleName,
        cacheRuleUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, cacheRuleName, cacheRuleCreateParameters, options) => create(
      context,
      resourceGroupName,
      registryName,
      cacheRuleName,
      cacheRuleCreateParameters,
      options
    ),
    beginCreate: async (resourceGroupName, registryName, cacheRuleName, cacheRuleCreateParameters, options) => {
      const poller = create(
        context,
        resourceGroupName,
        registryName,
        cacheRuleName,
        cacheRuleCreateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, cacheRuleName, cacheRuleCreateParameters, options) => {
      return await create(
        context,
        resourceGroupName,
        registryName,
        cacheRuleName,
        cacheRuleCreateParameters,
        options
      );
    },
    get: (resourceGroupName, registryName, cacheRuleName, options) => get(context, resourceGroupName, registryName, cacheRuleName, options)
  };
}
function _getCacheRulesOperations(context) {
  return {
    ..._getCacheRules(context)
  };
}

// node_modules/@azure/arm-containerregistry/dist/esm/api/connectedRegistries/operations.js
function _deactivateSend(context, resourceGroupName, registryName, connectedRegistryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}/deactivate{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({ ...operationOptionsToRequestParameters(options) });
}
async function _deactivateDeserialize(result) {
  const expectedStatuses = ["202", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function deactivate(context, resourceGroupName, registryName, connectedRegistryName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _deactivateDeserialize, ["202", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _deactivateSend(context, resourceGroupName, registryName, connectedRegistryName, options),
    resourceLocationConfig: "location"
  });
}
function _listSend2(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries{?api%2Dversion,%24filter}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion,
      "%24filter": options?.filter
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize2(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _connectedRegistryListResultDeserializer(result.body);
}
function list2(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listSend2(context, resourceGroupName, registryName, options),
    _listDeserialize2,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _$deleteSend2(context, resourceGroupName, registryName, connectedRegistryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize2(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function $delete2(context, resourceGroupName, registryName, connectedRegistryName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize2, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend2(context, resourceGroupName, registryName, connectedRegistryName, options),
    resourceLocationConfig: "location"
  });
}
function _updateSend2(context, resourceGroupName, registryName, connectedRegistryName, connectedRegistryUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: connectedRegistryUpdateParametersSerializer(connectedRegistryUpdateParameters)
  });
}
async function _updateDeserialize2(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return connectedRegistryDeserializer(result.body);
}
function update2(context, resourceGroupName, registryName, connectedRegistryName, connectedRegistryUpdateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _updateDeserialize2, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _updateSend2(
      context,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      connectedRegistryUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _createSend2(context, resourceGroupName, registryName, connectedRegistryName, connectedRegistryCreateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: connectedRegistrySerializer(connectedRegistryCreateParameters)
  });
}
async function _createDeserialize2(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return connectedRegistryDeserializer(result.body);
}
function create2(context, resourceGroupName, registryName, connectedRegistryName, connectedRegistryCreateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createDeserialize2, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createSend2(
      context,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      connectedRegistryCreateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _getSend2(context, resourceGroupName, registryName, connectedRegistryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/connectedRegistries/{connectedRegistryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize2(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return connectedRegistryDeserializer(result.body);
}
async function get2(context, resourceGroupName, registryName, connectedRegistryName, options = { requestOptions: {} }) {
  const result = await _getSend2(
    context,
    resourceGroupName,
    registryName,
    connectedRegistryName,
    options
  );
  return _getDeserialize2(result);
}

// node_modules/@azure/arm-containerregistry/dist/esm/classic/connectedRegistries/index.js
function _getConnectedRegistries(context) {
  return {
    deactivate: (resourceGroupName, registryName, connectedRegistryName, options) => deactivate(context, resourceGroupName, registryName, connectedRegistryName, options),
    beginDeactivate: async (resourceGroupName, registryName, connectedRegistryName, options) => {
      const poller = deactivate(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeactivateAndWait: async (resourceGroupName, registryName, connectedRegistryName, options) => {
      return await deactivate(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        options
      );
    },
    list: (resourceGroupName, registryName, options) => list2(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, connectedRegistryName, options) => $delete2(context, resourceGroupName, registryName, connectedRegistryName, options),
    beginDelete: async (resourceGroupName, registryName, connectedRegistryName, options) => {
      const poller = $delete2(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, connectedRegistryName, options) => {
      return await $delete2(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        options
      );
    },
    update: (resourceGroupName, registryName, connectedRegistryName, connectedRegistryUpdateParameters, options) => update2(
      context,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      connectedRegistryUpdateParameters,
      options
    ),
    beginUpdate: async (resourceGroupName, registryName, connectedRegistryName, connectedRegistryUpdateParameters, options) => {
      const poller = update2(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        connectedRegistryUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, connectedRegistryName, connectedRegistryUpdateParameters, options) => {
      return await update2(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        connectedRegistryUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, connectedRegistryName, connectedRegistryCreateParameters, options) => create2(
      context,
      resourceGroupName,
      registryName,
      connectedRegistryName,
      connectedRegistryCreateParameters,
      options
    ),
    beginCreate: async (resourceGroupName, registryName, connectedRegistryName, connectedRegistryCreateParameters, options) => {
      const poller = create2(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        connectedRegistryCreateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, connectedRegistryName, connectedRegistryCreateParameters, options) => {
      return await create2(
        context,
        resourceGroupName,
        registryName,
        connectedRegistryName,
        connectedRegistryCreateParameters,
        options
      );
    },
    get: (resourceGroupName, registryName, connectedRegistryName, options) => get2(context, resourceGroupName, registryName, connectedRegistryName, options)
  };
}
function _getConnectedRegistriesOperations(context) {
  return {
    ..._getConnectedRegistries(context)
  };
}

// node_modules/@azure/arm-containerregistry/dist/esm/api/credentialSets/operations.js
function _listSend3(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize3(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _credentialSetListResultDeserializer(result.body);
}
function list3(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listSend3(context, resourceGroupName, registryName, options),
    _listDeserialize3,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _$deleteSend3(context, resourceGroupName, registryName, credentialSetName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets/{credentialSetName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      credentialSetName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize3(result) {
  const expectedStatuses = ["202", "204", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function $delete3(context, resourceGroupName, registryName, credentialSetName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize3, ["202", "204", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend3(context, resourceGroupName, registryName, credentialSetName, options),
    resourceLocationConfig: "location"
  });
}
function _updateSend3(context, resourceGroupName, registryName, credentialSetName, credentialSetUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets/{credentialSetName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      credentialSetName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: credentialSetUpdateParametersSerializer(credentialSetUpdateParameters)
  });
}
async function _updateDeserialize3(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return credentialSetDeserializer(result.body);
}
function update3(context, resourceGroupName, registryName, credentialSetName, credentialSetUpdateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _updateDeserialize3, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _updateSend3(
      context,
      resourceGroupName,
      registryName,
      credentialSetName,
      credentialSetUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _createSend3(context, resourceGroupName, registryName, credentialSetName, credentialSetCreateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets/{credentialSetName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      credentialSetName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: credentialSetSerializer(credentialSetCreateParameters)
  });
}
async function _createDeserialize3(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return credentialSetDeserializer(result.body);
}
function create3(context, resourceGroupName, registryName, credentialSetName, credentialSetCreateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createDeserialize3, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createSend3(
      context,
      resourceGroupName,
      registryName,
      credentialSetName,
      credentialSetCreateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _getSend3(context, resourceGroupName, registryName, credentialSetName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/credentialSets/{credentialSetName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      credentialSetName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize3(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return credentialSetDeserializer(result.body);
}
async function get3(context, resourceGroupName, registryName, credentialSetName, options = { requestOptions: {} }) {
  const result = await _getSend3(
    context,
    resourceGroupName,
    registryName,
    credentialSetName,
    options
  );
  return _getDeserialize3(result);
}

// node_modules/@azure/arm-containerregistry/dist/esm/classic/credentialSets/index.js
function _getCredentialSets(context) {
  return {
    list: (resourceGroupName, registryName, options) => list3(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, credentialSetName, options) => $delete3(context, resourceGroupName, registryName, credentialSetName, options),
    beginDelete: async (resourceGroupName, registryName, credentialSetName, options) => {
      const poller = $delete3(context, resourceGroupName, registryName, credentialSetName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, credentialSetName, options) => {
      return await $delete3(context, resourceGroupName, registryName, credentialSetName, options);
    },
    update: (resourceGroupName, registryName, credentialSetName, credentialSetUpdateParameters, options) => update3(
      context,
      resourceGroupName,
      registryName,
      credentialSetName,
      credentialSetUpdateParameters,
      options
    ),
    beginUpdate: async (resourceGroupName, registryName, credentialSetName, credentialSetUpdateParameters, options) => {
      const poller = update3(
        context,
        resourceGroupName,
        registryName,
        credentialSetName,
        credentialSetUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, credentialSetName, credentialSetUpdateParameters, options) => {
      return await update3(
        context,
        resourceGroupName,
        registryName,
        credentialSetName,
        credentialSetUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, credentialSetName, credentialSetCreateParameters, options) => create3(
      context,
      resourceGroupName,
      registryName,
      credentialSetName,
      credentialSetCreateParameters,
      options
    ),
    beginCreate: async (resourceGroupName, registryName, credentialSetName, credentialSetCreateParameters, options) => {
      const poller = create3(
        context,
        resourceGroupName,
        registryName,
        credentialSetName,
        credentialSetCreateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, credentialSetName, credentialSetCreateParameters, options) => {
      return await create3(
        context,
        resourceGroupName,
        registryName,
        credentialSetName,
        credentialSetCreateParameters,
        options
      );
    },
    get: (resourceGroupName, registryName, credentialSetName, options) => get3(context, resourceGroupName, registryName, credentialSetName, options)
  };
}
function _getCredentialSetsOperations(context) {
  return {
    ..._getCredentialSets(context)
  };
}

// node_modules/@azure/arm-containerregistry/dist/esm/api/operations/operations.js
function _listSend4(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/providers/Microsoft.ContainerRegistry/operations{?api%2Dversion}",
    {
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize4(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _operationListResultDeserializer(result.body);
}
function list4(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listSend4(context, options),
    _listDeserialize4,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}

// node_modules/@azure/arm-containerregistry/dist/esm/classic/operations/index.js
function _getOperations(context) {
  return {
    list: (options) => list4(context, options)
  };
}
function _getOperationsOperations(context) {
  return {
    ..._getOperations(context)
  };
}

// node_modules/@azure/arm-containerregistry/dist/esm/api/privateEndpointConnections/operations.js
function _listSend5(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateEndpointConnections{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize5(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _privateEndpointConnectionListResultDeserializer(result.body);
}
function list5(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listSend5(context, resourceGroupName, registryName, options),
    _listDeserialize5,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _$deleteSend4(context, resourceGroupName, registryName, privateEndpointConnectionName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      privateEndpointConnectionName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize4(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function $delete4(context, resourceGroupName, registryName, privateEndpointConnectionName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize4, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend4(
      context,
      resourceGroupName,
      registryName,
      privateEndpointConnectionName,
      options
    ),
    resourceLocationConfig: "location"
  });
}
function _createOrUpdateSend(context, resourceGroupName, registryName, privateEndpointConnectionName, privateEndpointConnection, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      privateEndpointConnectionName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: privateEndpointConnectionSerializer(privateEndpointConnection)
  });
}
async function _createOrUpdateDeserialize(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return privateEndpointConnectionDeserializer(result.body);
}
function createOrUpdate(context, resourceGroupName, registryName, privateEndpointConnectionName, privateEndpointConnection, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createOrUpdateDeserialize, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createOrUpdateSend(
      context,
      resourceGroupName,
      registryName,
      privateEndpointConnectionName,
      privateEndpointConnection,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _getSend4(context, resourceGroupName, registryName, privateEndpointConnectionName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateEndpointConnections/{privateEndpointConnectionName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      privateEndpointConnectionName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize4(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return privateEndpointConnectionDeserializer(result.body);
}
async function get4(context, resourceGroupName, registryName, privateEndpointConnectionName, options = { requestOptions: {} }) {
  const result = await _getSend4(
    context,
    resourceGroupName,
    registryName,
    privateEndpointConnectionName,
    options
  );
  return _getDeserialize4(result);
}

// node_modules/@azure/arm-containerregistry/dist/esm/classic/privateEndpointConnections/index.js
function _getPrivateEndpointConnections(context) {
  return {
    list: (resourceGroupName, registryName, options) => list5(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, privateEndpointConnectionName, options) => $delete4(context, resourceGroupName, registryName, privateEndpointConnectionName, options),
    beginDelete: async (resourceGroupName, registryName, privateEndpointConnectionName, options) => {
      const poller = $delete4(
        context,
        resourceGroupName,
        registryName,
        privateEndpointConnectionName,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, privateEndpointConnectionName, options) => {
      return await $delete4(
        context,
        resourceGroupName,
        registryName,
        privateEndpointConnectionName,
        options
      );
    },
    createOrUpdate: (resourceGroupName, registryName, privateEndpointConnectionName, privateEndpointConnection, options) => createOrUpdate(
      context,
      resourceGroupName,
      registryName,
      privateEndpointConnectionName,
      privateEndpointConnection,
      options
    ),
    beginCreateOrUpdate: async (resourceGroupName, registryName, privateEndpointConnectionName, privateEndpointConnection, options) => {
      const poller = createOrUpdate(
        context,
        resourceGroupName,
        registryName,
        privateEndpointConnectionName,
        privateEndpointConnection,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateOrUpdateAndWait: async (resourceGroupName, registryName, privateEndpointConnectionName, privateEndpointConnection, options) => {
      return await createOrUpdate(
        context,
        resourceGroupName,
        registryName,
        privateEndpointConnectionName,
        privateEndpointConnection,
        options
      );
    },
    get: (resourceGroupName, registryName, privateEndpointConnectionName, options) => get4(context, resourceGroupName, registryName, privateEndpointConnectionName, options)
  };
}
function _getPrivateEndpointConnectionsOperations(context) {
  return {
    ..._getPrivateEndpointConnections(context)
  };
}

// node_modules/@azure/arm-containerregistry/dist/esm/api/registries/operations.js
function _listPrivateLinkResourcesSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateLinkResources{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listPrivateLinkResourcesDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _privateLinkResourceListResultDeserializer(result.body);
}
function listPrivateLinkResources(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listPrivateLinkResourcesSend(context, resourceGroupName, registryName, options),
    _listPrivateLinkResourcesDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _getPrivateLinkResourceSend(context, resourceGroupName, registryName, groupName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateLinkResources/{groupName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      groupName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getPrivateLinkResourceDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return privateLinkResourceDeserializer(result.body);
}
async function getPrivateLinkResource(context, resourceGroupName, registryName, groupName, options = { requestOptions: {} }) {
  const result = await _getPrivateLinkResourceSend(
    context,
    resourceGroupName,
    registryName,
    groupName,
    options
  );
  return _getPrivateLinkResourceDeserialize(result);
}
function _checkNameAvailabilitySend(context, registryNameCheckRequest, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/providers/Microsoft.ContainerRegistry/checkNameAvailability{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: registryNameCheckRequestSerializer(registryNameCheckRequest)
  });
}
async function _checkNameAvailabilityDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryNameStatusDeserializer(result.body);
}
async function checkNameAvailability(context, registryNameCheckRequest, options = { requestOptions: {} }) {
  const result = await _checkNameAvailabilitySend(context, registryNameCheckRequest, options);
  return _checkNameAvailabilityDeserialize(result);
}
function _generateCredentialsSend(context, resourceGroupName, registryName, generateCredentialsParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/generateCredentials{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: generateCredentialsParametersSerializer(generateCredentialsParameters)
  });
}
async function _generateCredentialsDeserialize(result) {
  const expectedStatuses = ["202", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return generateCredentialsResultDeserializer(result.body);
}
function generateCredentials(context, resourceGroupName, registryName, generateCredentialsParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _generateCredentialsDeserialize, ["202", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _generateCredentialsSend(
      context,
      resourceGroupName,
      registryName,
      generateCredentialsParameters,
      options
    ),
    resourceLocationConfig: "location"
  });
}
function _regenerateCredentialSend(context, resourceGroupName, registryName, regenerateCredentialParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/regenerateCredential{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: regenerateCredentialParametersSerializer(regenerateCredentialParameters)
  });
}
async function _regenerateCredentialDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryListCredentialsResultDeserializer(result.body);
}
async function regenerateCredential(context, resourceGroupName, registryName, regenerateCredentialParameters, options = { requestOptions: {} }) {
  const result = await _regenerateCredentialSend(
    context,
    resourceGroupName,
    registryName,
    regenerateCredentialParameters,
    options
  );
  return _regenerateCredentialDeserialize(result);
}
function _listCredentialsSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/listCredentials{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listCredentialsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryListCredentialsResultDeserializer(result.body);
}
async function listCredentials(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const result = await _listCredentialsSend(context, resourceGroupName, registryName, options);
  return _listCredentialsDeserialize(result);
}
function _listUsagesSend(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/listUsages{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listUsagesDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryUsageListResultDeserializer(result.body);
}
async function listUsages(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const result = await _listUsagesSend(context, resourceGroupName, registryName, options);
  return _listUsagesDeserialize(result);
}
function _importImageSend(context, resourceGroupName, registryName, parameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/importImage{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    body: importImageParametersSerializer(parameters)
  });
}
async function _importImageDeserialize(result) {
  const expectedStatuses = ["202", "200", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function importImage(context, resourceGroupName, registryName, parameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _importImageDeserialize, ["202", "200", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _importImageSend(context, resourceGroupName, registryName, parameters, options),
    resourceLocationConfig: "location"
  });
}
function _listSend6(context, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/providers/Microsoft.ContainerRegistry/registries{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize6(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _registryListResultDeserializer(result.body);
}
function list6(context, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listSend6(context, options),
    _listDeserialize6,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _listByResourceGroupSend(context, resourceGroupName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listByResourceGroupDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _registryListResultDeserializer(result.body);
}
function listByResourceGroup(context, resourceGroupName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listByResourceGroupSend(context, resourceGroupName, options),
    _listByResourceGroupDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _$deleteSend5(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize5(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function $delete5(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize5, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend5(context, resourceGroupName, registryName, options),
    resourceLocationConfig: "location"
  });
}
function _updateSend4(context, resourceGroupName, registryName, registryUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: registryUpdateParametersSerializer(registryUpdateParameters)
  });
}
async function _updateDeserialize4(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryDeserializer(result.body);
}
function update4(context, resourceGroupName, registryName, registryUpdateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _updateDeserialize4, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _updateSend4(context, resourceGroupName, registryName, registryUpdateParameters, options),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _createSend4(context, resourceGroupName, registryName, registry, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: registrySerializer(registry)
  });
}
async function _createDeserialize4(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryDeserializer(result.body);
}
function create4(context, resourceGroupName, registryName, registry, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createDeserialize4, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createSend4(context, resourceGroupName, registryName, registry, options),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _getSend5(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize5(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return registryDeserializer(result.body);
}
async function get5(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const result = await _getSend5(context, resourceGroupName, registryName, options);
  return _getDeserialize5(result);
}

// node_modules/@azure/arm-containerregistry/dist/esm/classic/registries/index.js
function _getRegistries(context) {
  return {
    listPrivateLinkResources: (resourceGroupName, registryName, options) => listPrivateLinkResources(context, resourceGroupName, registryName, options),
    getPrivateLinkResource: (resourceGroupName, registryName, groupName, options) => getPrivateLinkResource(context, resourceGroupName, registryName, groupName, options),
    checkNameAvailability: (registryNameCheckRequest, options) => checkNameAvailability(context, registryNameCheckRequest, options),
    generateCredentials: (resourceGroupName, registryName, generateCredentialsParameters, options) => generateCredentials(
      context,
      resourceGroupName,
      registryName,
      generateCredentialsParameters,
      options
    ),
    beginGenerateCredentials: async (resourceGroupName, registryName, generateCredentialsParameters, options) => {
      const poller = generateCredentials(
        context,
        resourceGroupName,
        registryName,
        generateCredentialsParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginGenerateCredentialsAndWait: async (resourceGroupName, registryName, generateCredentialsParameters, options) => {
      return await generateCredentials(
        context,
        resourceGroupName,
        registryName,
        generateCredentialsParameters,
        options
      );
    },
    regenerateCredential: (resourceGroupName, registryName, regenerateCredentialParameters, options) => regenerateCredential(
      context,
      resourceGroupName,
      registryName,
      regenerateCredentialParameters,
      options
    ),
    listCredentials: (resourceGroupName, registryName, options) => listCredentials(context, resourceGroupName, registryName, options),
    listUsages: (resourceGroupName, registryName, options) => listUsages(context, resourceGroupName, registryName, options),
    importImage: (resourceGroupName, registryName, parameters, options) => importImage(context, resourceGroupName, registryName, parameters, options),
    beginImportImage: async (resourceGroupName, registryName, parameters, options) => {
      const poller = importImage(context, resourceGroupName, registryName, parameters, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginImportImageAndWait: async (resourceGroupName, registryName, parameters, options) => {
      return await importImage(context, resourceGroupName, registryName, parameters, options);
    },
    list: (options) => list6(context, options),
    listByResourceGroup: (resourceGroupName, options) => listByResourceGroup(context, resourceGroupName, options),
    delete: (resourceGroupName, registryName, options) => $delete5(context, resourceGroupName, registryName, options),
    beginDelete: async (resourceGroupName, registryName, options) => {
      const poller = $delete5(context, resourceGroupName, registryName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, options) => {
      return await $delete5(context, resourceGroupName, registryName, options);
    },
    update: (resourceGroupName, registryName, registryUpdateParameters, options) => update4(context, resourceGroupName, registryName, registryUpdateParameters, options),
    beginUpdate: async (resourceGroupName, registryName, registryUpdateParameters, options) => {
      const poller = update4(
        context,
        resourceGroupName,
        registryName,
        registryUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, registryUpdateParameters, options) => {
      return await update4(
        context,
        resourceGroupName,
        registryName,
        registryUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, registry, options) => create4(context, resourceGroupName, registryName, registry, options),
    beginCreate: async (resourceGroupName, registryName, registry, options) => {
      const poller = create4(context, resourceGroupName, registryName, registry, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, registry, options) => {
      return await create4(context, resourceGroupName, registryName, registry, options);
    },
    get: (resourceGroupName, registryName, options) => get5(context, resourceGroupName, registryName, options)
  };
}
function _getRegistriesOperations(context) {
  return {
    ..._getRegistries(context)
  };
}

// node_modules/@azure/arm-containerregistry/dist/esm/api/replications/operations.js
function _listSend7(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize7(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _replicationListResultDeserializer(result.body);
}
function list7(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listSend7(context, resourceGroupName, registryName, options),
    _listDeserialize7,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _$deleteSend6(context, resourceGroupName, registryName, replicationName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications/{replicationName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      replicationName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize6(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function $delete6(context, resourceGroupName, registryName, replicationName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize6, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend6(context, resourceGroupName, registryName, replicationName, options),
    resourceLocationConfig: "location"
  });
}
function _updateSend5(context, resourceGroupName, registryName, replicationName, replicationUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications/{replicationName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      replicationName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: replicationUpdateParametersSerializer(replicationUpdateParameters)
  });
}
async function _updateDeserialize5(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return replicationDeserializer(result.body);
}
function update5(context, resourceGroupName, registryName, replicationName, replicationUpdateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _updateDeserialize5, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _updateSend5(
      context,
      resourceGroupName,
      registryName,
      replicationName,
      replicationUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _createSend5(context, resourceGroupName, registryName, replicationName, replication, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications/{replicationName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      replicationName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: replicationSerializer(replication)
  });
}
async function _createDeserialize5(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return replicationDeserializer(result.body);
}
function create5(context, resourceGroupName, registryName, replicationName, replication, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createDeserialize5, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createSend5(context, resourceGroupName, registryName, replicationName, replication, options),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _getSend6(context, resourceGroupName, registryName, replicationName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/replications/{replicationName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      replicationName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize6(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return replicationDeserializer(result.body);
}
async function get6(context, resourceGroupName, registryName, replicationName, options = { requestOptions: {} }) {
  const result = await _getSend6(context, resourceGroupName, registryName, replicationName, options);
  return _getDeserialize6(result);
}

// node_modules/@azure/arm-containerregistry/dist/esm/classic/replications/index.js
function _getReplications(context) {
  return {
    list: (resourceGroupName, registryName, options) => list7(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, replicationName, options) => $delete6(context, resourceGroupName, registryName, replicationName, options),
    beginDelete: async (resourceGroupName, registryName, replicationName, options) => {
      const poller = $delete6(context, resourceGroupName, registryName, replicationName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, replicationName, options) => {
      return await $delete6(context, resourceGroupName, registryName, replicationName, options);
    },
    update: (resourceGroupName, registryName, replicationName, replicationUpdateParameters, options) => update5(
      context,
      resourceGroupName,
      registryName,
      replicationName,
      replicationUpdateParameters,
      options
    ),
    beginUpdate: async (resourceGroupName, registryName, replicationName, replicationUpdateParameters, options) => {
      const poller = update5(
        context,
        resourceGroupName,
        registryName,
        replicationName,
        replicationUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, replicationName, replicationUpdateParameters, options) => {
      return await update5(
        context,
        resourceGroupName,
        registryName,
        replicationName,
        replicationUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, replicationName, replication, options) => create5(context, resourceGroupName, registryName, replicationName, replication, options),
    beginCreate: async (resourceGroupName, registryName, replicationName, replication, options) => {
      const poller = create5(
        context,
        resourceGroupName,
        registryName,
        replicationName,
        replication,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, replicationName, replication, options) => {
      return await create5(
        context,
        resourceGroupName,
        registryName,
        replicationName,
        replication,
        options
      );
    },
    get: (resourceGroupName, registryName, replicationName, options) => get6(context, resourceGroupName, registryName, replicationName, options)
  };
}
function _getReplicationsOperations(context) {
  return {
    ..._getReplications(context)
  };
}

// node_modules/@azure/arm-containerregistry/dist/esm/api/scopeMaps/operations.js
function _listSend8(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize8(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _scopeMapListResultDeserializer(result.body);
}
function list8(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listSend8(context, resourceGroupName, registryName, options),
    _listDeserialize8,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _$deleteSend7(context, resourceGroupName, registryName, scopeMapName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps/{scopeMapName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      scopeMapName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize7(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function $delete7(context, resourceGroupName, registryName, scopeMapName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize7, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend7(context, resourceGroupName, registryName, scopeMapName, options),
    resourceLocationConfig: "location"
  });
}
function _updateSend6(context, resourceGroupName, registryName, scopeMapName, scopeMapUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps/{scopeMapName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      scopeMapName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: scopeMapUpdateParametersSerializer(scopeMapUpdateParameters)
  });
}
async function _updateDeserialize6(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return scopeMapDeserializer(result.body);
}
function update6(context, resourceGroupName, registryName, scopeMapName, scopeMapUpdateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _updateDeserialize6, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _updateSend6(
      context,
      resourceGroupName,
      registryName,
      scopeMapName,
      scopeMapUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _createSend6(context, resourceGroupName, registryName, scopeMapName, scopeMapCreateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps/{scopeMapName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      scopeMapName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: scopeMapSerializer(scopeMapCreateParameters)
  });
}
async function _createDeserialize6(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return scopeMapDeserializer(result.body);
}
function create6(context, resourceGroupName, registryName, scopeMapName, scopeMapCreateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createDeserialize6, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createSend6(
      context,
      resourceGroupName,
      registryName,
      scopeMapName,
      scopeMapCreateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _getSend7(context, resourceGroupName, registryName, scopeMapName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/scopeMaps/{scopeMapName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      scopeMapName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize7(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return scopeMapDeserializer(result.body);
}
async function get7(context, resourceGroupName, registryName, scopeMapName, options = { requestOptions: {} }) {
  const result = await _getSend7(context, resourceGroupName, registryName, scopeMapName, options);
  return _getDeserialize7(result);
}

// node_modules/@azure/arm-containerregistry/dist/esm/classic/scopeMaps/index.js
function _getScopeMaps(context) {
  return {
    list: (resourceGroupName, registryName, options) => list8(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, scopeMapName, options) => $delete7(context, resourceGroupName, registryName, scopeMapName, options),
    beginDelete: async (resourceGroupName, registryName, scopeMapName, options) => {
      const poller = $delete7(context, resourceGroupName, registryName, scopeMapName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, scopeMapName, options) => {
      return await $delete7(context, resourceGroupName, registryName, scopeMapName, options);
    },
    update: (resourceGroupName, registryName, scopeMapName, scopeMapUpdateParameters, options) => update6(
      context,
      resourceGroupName,
      registryName,
      scopeMapName,
      scopeMapUpdateParameters,
      options
    ),
    beginUpdate: async (resourceGroupName, registryName, scopeMapName, scopeMapUpdateParameters, options) => {
      const poller = update6(
        context,
        resourceGroupName,
        registryName,
        scopeMapName,
        scopeMapUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, scopeMapName, scopeMapUpdateParameters, options) => {
      return await update6(
        context,
        resourceGroupName,
        registryName,
        scopeMapName,
        scopeMapUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, scopeMapName, scopeMapCreateParameters, options) => create6(
      context,
      resourceGroupName,
      registryName,
      scopeMapName,
      scopeMapCreateParameters,
      options
    ),
    beginCreate: async (resourceGroupName, registryName, scopeMapName, scopeMapCreateParameters, options) => {
      const poller = create6(
        context,
        resourceGroupName,
        registryName,
        scopeMapName,
        scopeMapCreateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, scopeMapName, scopeMapCreateParameters, options) => {
      return await create6(
        context,
        resourceGroupName,
        registryName,
        scopeMapName,
        scopeMapCreateParameters,
        options
      );
    },
    get: (resourceGroupName, registryName, scopeMapName, options) => get7(context, resourceGroupName, registryName, scopeMapName, options)
  };
}
function _getScopeMapsOperations(context) {
  return {
    ..._getScopeMaps(context)
  };
}

// node_modules/@azure/arm-containerregistry/dist/esm/api/tokens/operations.js
function _listSend9(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize9(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _tokenListResultDeserializer(result.body);
}
function list9(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listSend9(context, resourceGroupName, registryName, options),
    _listDeserialize9,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _$deleteSend8(context, resourceGroupName, registryName, tokenName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens/{tokenName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      tokenName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize8(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function $delete8(context, resourceGroupName, registryName, tokenName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize8, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend8(context, resourceGroupName, registryName, tokenName, options),
    resourceLocationConfig: "location"
  });
}
function _updateSend7(context, resourceGroupName, registryName, tokenName, tokenUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens/{tokenName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      tokenName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: tokenUpdateParametersSerializer(tokenUpdateParameters)
  });
}
async function _updateDeserialize7(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return tokenDeserializer(result.body);
}
function update7(context, resourceGroupName, registryName, tokenName, tokenUpdateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _updateDeserialize7, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _updateSend7(
      context,
      resourceGroupName,
      registryName,
      tokenName,
      tokenUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _createSend7(context, resourceGroupName, registryName, tokenName, tokenCreateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens/{tokenName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      tokenName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: tokenSerializer(tokenCreateParameters)
  });
}
async function _createDeserialize7(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return tokenDeserializer(result.body);
}
function create7(context, resourceGroupName, registryName, tokenName, tokenCreateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createDeserialize7, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createSend7(
      context,
      resourceGroupName,
      registryName,
      tokenName,
      tokenCreateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _getSend8(context, resourceGroupName, registryName, tokenName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/tokens/{tokenName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      tokenName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize8(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return tokenDeserializer(result.body);
}
async function get8(context, resourceGroupName, registryName, tokenName, options = { requestOptions: {} }) {
  const result = await _getSend8(context, resourceGroupName, registryName, tokenName, options);
  return _getDeserialize8(result);
}

// node_modules/@azure/arm-containerregistry/dist/esm/classic/tokens/index.js
function _getTokens(context) {
  return {
    list: (resourceGroupName, registryName, options) => list9(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, tokenName, options) => $delete8(context, resourceGroupName, registryName, tokenName, options),
    beginDelete: async (resourceGroupName, registryName, tokenName, options) => {
      const poller = $delete8(context, resourceGroupName, registryName, tokenName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, tokenName, options) => {
      return await $delete8(context, resourceGroupName, registryName, tokenName, options);
    },
    update: (resourceGroupName, registryName, tokenName, tokenUpdateParameters, options) => update7(context, resourceGroupName, registryName, tokenName, tokenUpdateParameters, options),
    beginUpdate: async (resourceGroupName, registryName, tokenName, tokenUpdateParameters, options) => {
      const poller = update7(
        context,
        resourceGroupName,
        registryName,
        tokenName,
        tokenUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, tokenName, tokenUpdateParameters, options) => {
      return await update7(
        context,
        resourceGroupName,
        registryName,
        tokenName,
        tokenUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, tokenName, tokenCreateParameters, options) => create7(context, resourceGroupName, registryName, tokenName, tokenCreateParameters, options),
    beginCreate: async (resourceGroupName, registryName, tokenName, tokenCreateParameters, options) => {
      const poller = create7(
        context,
        resourceGroupName,
        registryName,
        tokenName,
        tokenCreateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, tokenName, tokenCreateParameters, options) => {
      return await create7(
        context,
        resourceGroupName,
        registryName,
        tokenName,
        tokenCreateParameters,
        options
      );
    },
    get: (resourceGroupName, registryName, tokenName, options) => get8(context, resourceGroupName, registryName, tokenName, options)
  };
}
function _getTokensOperations(context) {
  return {
    ..._getTokens(context)
  };
}

// node_modules/@azure/arm-containerregistry/dist/esm/api/webhooks/operations.js
function _getCallbackConfigSend(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}/getCallbackConfig{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getCallbackConfigDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return callbackConfigDeserializer(result.body);
}
async function getCallbackConfig(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const result = await _getCallbackConfigSend(
    context,
    resourceGroupName,
    registryName,
    webhookName,
    options
  );
  return _getCallbackConfigDeserialize(result);
}
function _listEventsSend(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}/listEvents{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listEventsDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _eventListResultDeserializer(result.body);
}
function listEvents(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listEventsSend(context, resourceGroupName, registryName, webhookName, options),
    _listEventsDeserialize,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _pingSend(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}/ping{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).post({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _pingDeserialize(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return eventInfoDeserializer(result.body);
}
async function ping(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const result = await _pingSend(context, resourceGroupName, registryName, webhookName, options);
  return _pingDeserialize(result);
}
function _listSend10(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _listDeserialize10(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return _webhookListResultDeserializer(result.body);
}
function list10(context, resourceGroupName, registryName, options = { requestOptions: {} }) {
  return buildPagedAsyncIterator(
    context,
    () => _listSend10(context, resourceGroupName, registryName, options),
    _listDeserialize10,
    ["200"],
    { itemName: "value", nextLinkName: "nextLink" }
  );
}
function _$deleteSend9(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).delete({ ...operationOptionsToRequestParameters(options) });
}
async function _$deleteDeserialize9(result) {
  const expectedStatuses = ["200", "202", "204", "201"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return;
}
function $delete9(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _$deleteDeserialize9, ["200", "202", "204", "201"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _$deleteSend9(context, resourceGroupName, registryName, webhookName, options),
    resourceLocationConfig: "location"
  });
}
function _updateSend8(context, resourceGroupName, registryName, webhookName, webhookUpdateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).patch({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: webhookUpdateParametersSerializer(webhookUpdateParameters)
  });
}
async function _updateDeserialize8(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return webhookDeserializer(result.body);
}
function update8(context, resourceGroupName, registryName, webhookName, webhookUpdateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _updateDeserialize8, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _updateSend8(
      context,
      resourceGroupName,
      registryName,
      webhookName,
      webhookUpdateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _createSend8(context, resourceGroupName, registryName, webhookName, webhookCreateParameters, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).put({
    ...operationOptionsToRequestParameters(options),
    contentType: "application/json",
    headers: { accept: "application/json", ...options.requestOptions?.headers },
    body: webhookCreateParametersSerializer(webhookCreateParameters)
  });
}
async function _createDeserialize8(result) {
  const expectedStatuses = ["200", "201", "202"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return webhookDeserializer(result.body);
}
function create8(context, resourceGroupName, registryName, webhookName, webhookCreateParameters, options = { requestOptions: {} }) {
  return getLongRunningPoller(context, _createDeserialize8, ["200", "201", "202"], {
    updateIntervalInMs: options?.updateIntervalInMs,
    abortSignal: options?.abortSignal,
    getInitialResponse: () => _createSend8(
      context,
      resourceGroupName,
      registryName,
      webhookName,
      webhookCreateParameters,
      options
    ),
    resourceLocationConfig: "azure-async-operation"
  });
}
function _getSend9(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const path = expandUrlTemplate(
    "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries/{registryName}/webhooks/{webhookName}{?api%2Dversion}",
    {
      subscriptionId: context.subscriptionId,
      resourceGroupName,
      registryName,
      webhookName,
      "api%2Dversion": context.apiVersion
    },
    {
      allowReserved: options?.requestOptions?.skipUrlEncoding
    }
  );
  return context.path(path).get({
    ...operationOptionsToRequestParameters(options),
    headers: { accept: "application/json", ...options.requestOptions?.headers }
  });
}
async function _getDeserialize9(result) {
  const expectedStatuses = ["200"];
  if (!expectedStatuses.includes(result.status)) {
    const error = createRestError(result);
    error.details = errorResponseDeserializer(result.body);
    throw error;
  }
  return webhookDeserializer(result.body);
}
async function get9(context, resourceGroupName, registryName, webhookName, options = { requestOptions: {} }) {
  const result = await _getSend9(context, resourceGroupName, registryName, webhookName, options);
  return _getDeserialize9(result);
}

// node_modules/@azure/arm-containerregistry/dist/esm/classic/webhooks/index.js
function _getWebhooks(context) {
  return {
    getCallbackConfig: (resourceGroupName, registryName, webhookName, options) => getCallbackConfig(context, resourceGroupName, registryName, webhookName, options),
    listEvents: (resourceGroupName, registryName, webhookName, options) => listEvents(context, resourceGroupName, registryName, webhookName, options),
    ping: (resourceGroupName, registryName, webhookName, options) => ping(context, resourceGroupName, registryName, webhookName, options),
    list: (resourceGroupName, registryName, options) => list10(context, resourceGroupName, registryName, options),
    delete: (resourceGroupName, registryName, webhookName, options) => $delete9(context, resourceGroupName, registryName, webhookName, options),
    beginDelete: async (resourceGroupName, registryName, webhookName, options) => {
      const poller = $delete9(context, resourceGroupName, registryName, webhookName, options);
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginDeleteAndWait: async (resourceGroupName, registryName, webhookName, options) => {
      return await $delete9(context, resourceGroupName, registryName, webhookName, options);
    },
    update: (resourceGroupName, registryName, webhookName, webhookUpdateParameters, options) => update8(
      context,
      resourceGroupName,
      registryName,
      webhookName,
      webhookUpdateParameters,
      options
    ),
    beginUpdate: async (resourceGroupName, registryName, webhookName, webhookUpdateParameters, options) => {
      const poller = update8(
        context,
        resourceGroupName,
        registryName,
        webhookName,
        webhookUpdateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginUpdateAndWait: async (resourceGroupName, registryName, webhookName, webhookUpdateParameters, options) => {
      return await update8(
        context,
        resourceGroupName,
        registryName,
        webhookName,
        webhookUpdateParameters,
        options
      );
    },
    create: (resourceGroupName, registryName, webhookName, webhookCreateParameters, options) => create8(
      context,
      resourceGroupName,
      registryName,
      webhookName,
      webhookCreateParameters,
      options
    ),
    beginCreate: async (resourceGroupName, registryName, webhookName, webhookCreateParameters, options) => {
      const poller = create8(
        context,
        resourceGroupName,
        registryName,
        webhookName,
        webhookCreateParameters,
        options
      );
      await poller.submitted();
      return getSimplePoller(poller);
    },
    beginCreateAndWait: async (resourceGroupName, registryName, webhookName, webhookCreateParameters, options) => {
      return await create8(
        context,
        resourceGroupName,
        registryName,
        webhookName,
        webhookCreateParameters,
        options
      );
    },
    get: (resourceGroupName, registryName, webhookName, options) => get9(context, resourceGroupName, registryName, webhookName, options)
  };
}
function _getWebhooksOperations(context) {
  return {
    ..._getWebhooks(context)
  };
}

// node_modules/@azure/arm-containerregistry/dist/esm/containerRegistryManagementClient.js
var ContainerRegistryManagementClient = class {
  _client;
  /** The pipeline used by this client to make requests */
  pipeline;
  /** The Microsoft Azure Container Registry management API provides create, read, update, and delete functionality for Azure Container Registry resources including registries, replications, webhooks, tasks, runs, and other registry components. */
  constructor(credential, subscriptionIdOrOptions, options) {
    let subscriptionId;
    if (typeof subscriptionIdOrOptions === "string") {
      subscriptionId = subscriptionIdOrOptions;
    } else if (typeof subscriptionIdOrOptions === "object") {
      options = subscriptionIdOrOptions;
    }
    options = options ?? {};
    const prefixFromOptions = options?.userAgentOptions?.userAgentPrefix;
    const userAgentPrefix = prefixFromOptions ? `${prefixFromOptions} azsdk-js-client` : `azsdk-js-client`;
    this._client = createContainerRegistryManagement(credential, subscriptionId ?? "", {
      ...options,
      userAgentOptions: { userAgentPrefix }
    });
    this.pipeline = this._client.pipeline;
    this.webhooks = _getWebhooksOperations(this._client);
    this.tokens = _getTokensOperations(this._client);
    this.scopeMaps = _getScopeMapsOperations(this._client);
    this.replications = _getReplicationsOperations(this._client);
    this.privateEndpointConnections = _getPrivateEndpointConnectionsOperations(this._client);
    this.connectedRegistries = _getConnectedRegistriesOperations(this._client);
    this.credentialSets = _getCredentialSetsOperations(this._client);
    this.cacheRules = _getCacheRulesOperations(this._client);
    this.registries = _getRegistriesOperations(this._client);
    this.operations = _getOperationsOperations(this._client);
  }
  /** The operation groups for webhooks */
  webhooks;
  /** The operation groups for tokens */
  tokens;
  /** The operation groups for scopeMaps */
  scopeMaps;
  /** The operation groups for replications */
  replications;
  /** The operation groups for privateEndpointConnections */
  privateEndpointConnections;
  /** The operation groups for connectedRegistries */
  connectedRegistries;
  /** The operation groups for credentialSets */
  credentialSets;
  /** The operation groups for cacheRules */
  cacheRules;
  /** The operation groups for registries */
  registries;
  /** The operation groups for operations */
  operations;
};

export {
  ContainerRegistryManagementClient
};
